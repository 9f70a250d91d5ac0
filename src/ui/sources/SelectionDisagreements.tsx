// The disagreements about the selected node or edge, for the side panel: the shared,
// memoised list (read with the article texts), each quote one click from its article.
import { useAppStore } from '../../store/appStore';
import { useDisagreements } from '../../store/disagreements';
import { DisagreementList } from './DisagreementList';

export function SelectionDisagreements({ id }: { id: string }) {
  const graph = useAppStore((s) => s.graph);
  const openReader = useAppStore((s) => s.openReader);
  const disagreements = useDisagreements();
  return (
    <DisagreementList
      graph={graph}
      id={id}
      disagreements={disagreements}
      onOpenEvidence={(ev) => openReader({ articleId: ev.articleId, start: ev.start, end: ev.end })}
    />
  );
}
