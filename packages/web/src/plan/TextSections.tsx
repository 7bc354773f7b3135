// Sections made of the person's own sentences: triggers, warning signs (four kinds), coping
// strategies (with how likely and what could get in the way), safe-environment steps,
// reasons for living, the comfort box.
import type { CopingItem, CrisisPlan, TextItem, WarningSignGroup } from '@kinbridge/core/plan';
import { Field } from './Field';
import { ListEditor } from './ListEditor';
import { addEntry, newEntryId, removeFromPlan, updateAt } from './plan-edits';

export interface SectionProps {
  plan: CrisisPlan;
  change(next: CrisisPlan): void;
}

type TextKey = 'triggers' | 'safeEnvironment' | 'reasonsForLiving' | 'comfortBox';

export function TextSection({
  plan,
  change,
  section,
  singular,
  addLabel,
  emptyText,
}: SectionProps & { section: TextKey; singular: string; addLabel: string; emptyText?: string }) {
  const label = singular[0]!.toUpperCase() + singular.slice(1);
  return (
    <ListEditor<TextItem>
      items={plan[section]}
      path={[section]}
      singular={singular}
      addLabel={addLabel}
      emptyText={emptyText}
      create={() => ({ id: newEntryId(), text: '' })}
      onAdd={(item) => change(addEntry(plan, section, item))}
      onRemove={(id) => change(removeFromPlan(plan, id))}
      onUpdate={(i, item) => change(updateAt(plan, section, i, item))}
      renderFields={(item, i, update, isNew) => (
        <Field label={`${label} ${i + 1}`} value={item.text} multiline autoFocus={isNew} path={[section, i, 'text']} onChange={(text) => update({ text })} />
      )}
    />
  );
}

const SIGN_GROUPS: { group: WarningSignGroup; title: string; singular: string; hint: string }[] = [
  { group: 'physical', title: 'In my body', singular: 'body sign', hint: 'Like a tight chest, not sleeping, not eating.' },
  { group: 'emotional', title: 'Feelings', singular: 'feeling', hint: 'Like feeling numb, on edge, or hopeless.' },
  { group: 'cognitive', title: 'Thoughts', singular: 'thought', hint: 'Like "nothing will change" or "I am a burden".' },
  { group: 'behavioural', title: 'What I do', singular: 'thing I do', hint: 'Like cancelling plans or staying in bed.' },
];

export function WarningSignsSection({ plan, change }: SectionProps) {
  return (
    <>
      {SIGN_GROUPS.map(({ group, title, singular, hint }) => {
        const items = plan.warningSigns[group];
        const setItems = (next: TextItem[]) => change({ ...plan, warningSigns: { ...plan.warningSigns, [group]: next } });
        return (
          <section key={group} aria-labelledby={`signs-${group}`} className="subsection">
            <h3 id={`signs-${group}`}>{title}</h3>
            <p className="hint">{hint}</p>
            <ListEditor<TextItem>
              items={items}
              path={['warningSigns', group]}
              singular={singular}
              addLabel={`Add a ${singular}`}
              create={() => ({ id: newEntryId(), text: '' })}
              onAdd={(item) => setItems([...items, item])}
              onRemove={(id) => setItems(items.filter((e) => e.id !== id))}
              onUpdate={(i, item) => setItems(items.map((e, j) => (j === i ? item : e)))}
              renderFields={(item, i, update, isNew) => (
                <Field
                  label={`${title}: ${singular} ${i + 1}`}
                  value={item.text}
                  multiline
                  autoFocus={isNew}
                  path={['warningSigns', group, i, 'text']}
                  onChange={(text) => update({ text })}
                />
              )}
            />
          </section>
        );
      })}
    </>
  );
}

export function CopingSection({ plan, change }: SectionProps) {
  return (
    <ListEditor<CopingItem>
      items={plan.copingStrategies}
      path={['copingStrategies']}
      singular="coping strategy"
      addLabel="Add something I can do"
      create={() => ({ id: newEntryId(), text: '' })}
      onAdd={(item) => change(addEntry(plan, 'copingStrategies', item))}
      onRemove={(id) => change(removeFromPlan(plan, id))}
      onUpdate={(i, item) => change(updateAt(plan, 'copingStrategies', i, item))}
      renderFields={(item, i, update, isNew) => (
        <>
          <Field
            label={`Coping strategy ${i + 1}`}
            value={item.text}
            multiline
            autoFocus={isNew}
            path={['copingStrategies', i, 'text']}
            onChange={(text) => update({ text })}
          />
          <div className="field">
            <label htmlFor={`likely-${item.id}`}>How likely am I to do this?</label>
            <select
              id={`likely-${item.id}`}
              value={item.likelihood ?? ''}
              onChange={(e) => update({ likelihood: e.target.value === '' ? undefined : (e.target.value as CopingItem['likelihood']) })}
            >
              <option value="">Not sure yet</option>
              <option value="high">Very likely</option>
              <option value="medium">Maybe</option>
              <option value="low">Not very likely</option>
            </select>
          </div>
          <Field
            label="What could get in the way?"
            value={item.obstacles ?? ''}
            path={['copingStrategies', i, 'obstacles']}
            onChange={(obstacles) => update({ obstacles })}
          />
        </>
      )}
    />
  );
}
