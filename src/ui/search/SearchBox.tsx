// "Search entities": type-ahead over names and aliases. Choosing a result selects the node and
// centres the view on it.
import { useAppStore } from '../../store/appStore';
import { centreOn } from '../canvas/cyHandle';
import { EntityCombobox } from './EntityCombobox';

export function SearchBox() {
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  return (
    <EntityCombobox
      label="Search entities"
      placeholder="Search entities…"
      graph={graph}
      onChoose={(node) => {
        select({ kind: 'node', id: node.id });
        centreOn(node.id);
      }}
    />
  );
}
