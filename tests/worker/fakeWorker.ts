// A worker stand-in for the client's tests: it records what it is sent and lets the test reply.
import type { WorkerLike } from '../../src/worker/extractClient';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';

export class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  private listener: ((ev: MessageEvent<FromWorker>) => void) | null = null;
  postMessage(msg: ToWorker) {
    this.sent.push(msg);
  }
  addEventListener(type: 'message' | 'error', l: (ev: never) => void) {
    if (type === 'message') this.listener = l as (ev: MessageEvent<FromWorker>) => void;
  }
  terminate() {}
  reply(msg: FromWorker) {
    this.listener?.({ data: msg } as MessageEvent<FromWorker>);
  }
}
