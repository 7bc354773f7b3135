// Sections about people and places: who and where helps me feel better (company, not
// disclosure), who I can ask for help (with what they agreed to), and professionals.
import { PROFESSIONAL_KINDS } from '@kinbridge/core/plan';
import type { DistractionItem, Professional, ProfessionalKind, SupportContact } from '@kinbridge/core/plan';
import { Field } from './Field';
import { ListEditor } from './ListEditor';
import { addEntry, newEntryId, removeFromPlan, updateAt } from './plan-edits';
import type { SectionProps } from './TextSections';

export function DistractionsSection({ plan, change }: SectionProps) {
  return (
    <ListEditor<DistractionItem>
      items={plan.distractions}
      path={['distractions']}
      singular="person or place"
      addLabel="Add a person or place"
      create={() => ({ id: newEntryId(), kind: 'person', text: '' })}
      onAdd={(item) => change(addEntry(plan, 'distractions', item))}
      onRemove={(id) => change(removeFromPlan(plan, id))}
      onUpdate={(i, item) => change(updateAt(plan, 'distractions', i, item))}
      renderFields={(item, i, update, isNew) => (
        <>
          <div className="field">
            <label htmlFor={`kind-${item.id}`}>Person or place {i + 1} is a</label>
            <select id={`kind-${item.id}`} value={item.kind} onChange={(e) => update({ kind: e.target.value as DistractionItem['kind'] })}>
              <option value="person">Person</option>
              <option value="place">Place</option>
            </select>
          </div>
          <Field
            label={item.kind === 'person' ? 'Name' : 'Place'}
            value={item.text}
            autoFocus={isNew}
            path={['distractions', i, 'text']}
            onChange={(text) => update({ text })}
          />
          {item.kind === 'person' && (
            <Field label="Phone (optional)" type="tel" value={item.phone ?? ''} path={['distractions', i, 'phone']} onChange={(phone) => update({ phone })} />
          )}
        </>
      )}
    />
  );
}

export function ContactsSection({ plan, change }: SectionProps) {
  return (
    <ListEditor<SupportContact>
      items={plan.supportContacts}
      path={['supportContacts']}
      singular="person"
      addLabel="Add a person I can ask for help"
      emptyText="No one yet. Even one person helps."
      create={() => ({ id: newEntryId(), name: '', agreement: {} })}
      onAdd={(item) => change(addEntry(plan, 'supportContacts', item))}
      onRemove={(id) => change(removeFromPlan(plan, id))}
      onUpdate={(i, item) => change(updateAt(plan, 'supportContacts', i, item))}
      renderFields={(c, i, update, isNew) => (
        <>
          <Field label={`Person ${i + 1}: name`} value={c.name} autoFocus={isNew} path={['supportContacts', i, 'name']} onChange={(name) => update({ name })} />
          <Field
            label="Who they are to me (optional)"
            value={c.relationship ?? ''}
            path={['supportContacts', i, 'relationship']}
            onChange={(relationship) => update({ relationship })}
          />
          <Field label="Phone" type="tel" value={c.phone ?? ''} path={['supportContacts', i, 'phone']} onChange={(phone) => update({ phone })} />
          <Field
            label="What they agreed to do"
            hint='For example: "Text me and I will call back within 10 minutes."'
            value={c.agreement.willDo ?? ''}
            multiline
            path={['supportContacts', i, 'agreement', 'willDo']}
            onChange={(willDo) => update({ agreement: { ...c.agreement, willDo } })}
          />
          <Field
            label="When I can reach them"
            value={c.agreement.whenReachable ?? ''}
            path={['supportContacts', i, 'agreement', 'whenReachable']}
            onChange={(whenReachable) => update({ agreement: { ...c.agreement, whenReachable } })}
          />
        </>
      )}
    />
  );
}

const KIND_LABELS: Record<ProfessionalKind, string> = {
  therapist: 'Therapist',
  psychiatrist: 'Psychiatrist',
  doctor: 'Doctor',
  urgent_care: 'Urgent care or emergency department',
  crisis_team: 'Crisis team',
  other: 'Other',
};

export function ProfessionalsSection({ plan, change }: SectionProps) {
  return (
    <ListEditor<Professional>
      items={plan.professionals}
      path={['professionals']}
      singular="professional"
      addLabel="Add a professional or service"
      create={() => ({ id: newEntryId(), kind: 'therapist', name: '' })}
      onAdd={(item) => change(addEntry(plan, 'professionals', item))}
      onRemove={(id) => change(removeFromPlan(plan, id))}
      onUpdate={(i, item) => change(updateAt(plan, 'professionals', i, item))}
      renderFields={(p, i, update, isNew) => (
        <>
          <div className="field">
            <label htmlFor={`pro-${p.id}`}>Professional {i + 1} is a</label>
            <select id={`pro-${p.id}`} value={p.kind} onChange={(e) => update({ kind: e.target.value as ProfessionalKind })}>
              {PROFESSIONAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <Field label="Name" value={p.name} autoFocus={isNew} path={['professionals', i, 'name']} onChange={(name) => update({ name })} />
          <Field label="Phone" type="tel" value={p.phone ?? ''} path={['professionals', i, 'phone']} onChange={(phone) => update({ phone })} />
          <Field
            label="After-hours phone (optional)"
            type="tel"
            value={p.afterHoursPhone ?? ''}
            path={['professionals', i, 'afterHoursPhone']}
            onChange={(afterHoursPhone) => update({ afterHoursPhone })}
          />
          <Field
            label="Address or notes (optional)"
            value={p.address ?? ''}
            path={['professionals', i, 'address']}
            onChange={(address) => update({ address })}
          />
        </>
      )}
    />
  );
}
