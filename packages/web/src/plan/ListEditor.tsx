// A list of entries the person can add to and remove from. Each row's fields are rendered by
// the section; the list handles ids, focus on the new row, and the list-level message (for
// example "more than 50 entries").
import { useState, type ReactNode } from 'react';
import { useFieldIssue } from './issues-context';

interface Props<T extends { id: string }> {
  items: readonly T[];
  path: readonly (string | number)[];
  /** "trigger", "person": used in "Remove trigger 2". */
  singular: string;
  addLabel: string;
  create(): T;
  onAdd(item: T): void;
  onRemove(id: string): void;
  onUpdate(index: number, item: T): void;
  renderFields(item: T, index: number, update: (patch: Partial<T>) => void, isNew: boolean): ReactNode;
  emptyText?: string;
}

export function ListEditor<T extends { id: string }>({
  items,
  path,
  singular,
  addLabel,
  create,
  onAdd,
  onRemove,
  onUpdate,
  renderFields,
  emptyText,
}: Props<T>) {
  const [added, setAdded] = useState<string | null>(null);
  const listIssue = useFieldIssue(path);
  return (
    <div className="list-editor">
      {items.length === 0 && emptyText && <p className="muted">{emptyText}</p>}
      <ol className="entries">
        {items.map((item, index) => (
          <li key={item.id} className="entry">
            {renderFields(item, index, (patch) => onUpdate(index, { ...item, ...patch }), item.id === added)}
            <button type="button" className="link-button remove" onClick={() => onRemove(item.id)} aria-label={`Remove ${singular} ${index + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {listIssue && (
        <p className="field-issue" role="alert">
          {listIssue}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          const item = create();
          setAdded(item.id);
          onAdd(item);
        }}
      >
        {addLabel}
      </button>
    </div>
  );
}
