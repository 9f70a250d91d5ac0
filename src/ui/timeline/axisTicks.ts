// Tick marks for the timeline axis: years for long stretches, months for shorter ones, days
// for a few weeks, so there are always a handful of readable labels.
import { dayNumber, isoFromDayNumber } from '../../graph/analysis/timeline';

export interface AxisTick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_TICKS = 12;

export function axisTicks(fromDay: number, toDay: number): AxisTick[] {
  const from = isoFromDayNumber(fromDay);
  const to = isoFromDayNumber(toDay);
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm);

  if (months > 24) {
    const step = Math.ceil((ty - fy + 1) / MAX_TICKS);
    const ticks: AxisTick[] = [];
    for (let y = fy + 1; y <= ty; y += step) ticks.push({ day: dayNumber(`${y}-01-01`), label: String(y) });
    return ticks;
  }
  if (months >= 2) {
    const step = Math.ceil((months + 1) / MAX_TICKS);
    const ticks: AxisTick[] = [];
    for (let i = 1; i <= months; i += step) {
      const index = fy * 12 + (fm - 1) + i;
      const y = Math.floor(index / 12);
      const m = index % 12;
      ticks.push({ day: dayNumber(`${y}-${String(m + 1).padStart(2, '0')}-01`), label: m === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m] });
    }
    return ticks;
  }
  const step = Math.max(1, Math.ceil((toDay - fromDay) / MAX_TICKS));
  const ticks: AxisTick[] = [];
  for (let d = fromDay + 1; d < toDay; d += step) {
    const [y, m, day] = isoFromDayNumber(d).split('-').map(Number);
    ticks.push({ day: d, label: `${day} ${MONTHS[m - 1]}${d === fromDay + 1 ? ` ${y}` : ''}` });
  }
  return ticks;
}
