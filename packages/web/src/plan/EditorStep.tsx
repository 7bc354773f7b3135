// One step of the guided editor: the question in plain words, why it helps, examples (shown as
// prompts, never saved), and the fields for that part of the plan.
import type { PlanEditorStep } from '@kinbridge/core/plan';
import { ContactsSection, DistractionsSection, ProfessionalsSection } from './PeopleSections';
import { CopingSection, TextSection, WarningSignsSection } from './TextSections';
import type { SectionProps } from './TextSections';
import { TierEditor } from './TierEditor';

function SectionFields({ step, ...props }: SectionProps & { step: PlanEditorStep }) {
  switch (step.section) {
    case 'triggers':
      return <TextSection {...props} section="triggers" singular="trigger" addLabel="Add a trigger" />;
    case 'warningSigns':
      return <WarningSignsSection {...props} />;
    case 'copingStrategies':
      return <CopingSection {...props} />;
    case 'distractions':
      return <DistractionsSection {...props} />;
    case 'supportContacts':
      return <ContactsSection {...props} />;
    case 'professionals':
      return <ProfessionalsSection {...props} />;
    case 'safeEnvironment':
      return <TextSection {...props} section="safeEnvironment" singular="step" addLabel="Add a step" />;
    case 'reasonsForLiving':
      return <TextSection {...props} section="reasonsForLiving" singular="reason" addLabel="Add a reason" emptyText="Take your time with this one." />;
    case 'comfortBox':
      return <TextSection {...props} section="comfortBox" singular="comfort item" addLabel="Add something comforting" />;
    case 'tiers':
      return <TierEditor {...props} />;
  }
}

export function EditorStep({ step, index, total, ...props }: SectionProps & { step: PlanEditorStep; index: number; total: number }) {
  return (
    <section aria-labelledby="step-title" className="editor-step">
      <p className="muted">
        Step {index + 1} of {total}
        {step.safetyPlanStep ? ` · safety plan part ${step.safetyPlanStep}` : ''}
      </p>
      <h2 id="step-title" tabIndex={-1}>
        {step.title}
      </h2>
      <p className="question">{step.question}</p>
      <p className="muted">{step.help}</p>
      {step.examples.length > 0 && <p className="examples">For example: {step.examples.join(' · ')}</p>}
      <SectionFields step={step} {...props} />
    </section>
  );
}
