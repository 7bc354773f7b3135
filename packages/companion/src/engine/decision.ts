// What the router decides for one message, before the engine adds the disclosure, the crisis
// lines and (maybe) a language model's wording.
import type { RiskLevel } from '@kinbridge/core/risk';
import type { ActiveFlow, FlowId, FlowResult, JournalNote, QuickAction } from '../flows/types';
import type { NewMemory } from '../memory/types';
import type { AsqRecord, AsqState } from '../safety/asq';

export interface Decision {
  flow: FlowId;
  reply: string;
  /** The flow to continue next turn (null ends any flow). */
  next: ActiveFlow | null;
  /** Crisis lines must be shown with this reply. */
  showResources: boolean;
  /** The reply text already lists the crisis lines (so no footer is added). */
  listsResources: boolean;
  /** Safety-relevant fixed text: a language model must not reword it. */
  fixed: boolean;
  /** Reported level when the screen raised it (ASQ acute positive -> imminent). */
  level?: RiskLevel;
  /** New ASQ state; undefined leaves it unchanged. */
  asq?: AsqState | null;
  asqRecord?: AsqRecord;
  actions: QuickAction[];
  memories: NewMemory[];
  journal?: JournalNote;
  checkBack?: { strategy: string; before?: number };
  /** Clears the pending check-back (it was asked or answered). */
  clearCheckBack?: boolean;
  forget?: { all: boolean; ids: string[] };
  /** The end-of-episode reflection happened: the next distress starts a new episode. */
  endEpisode?: boolean;
  /** A safety-protocol turn: crisis lines stay visible for the next few turns. */
  holdResources?: boolean;
  /** The full safety protocol was shown this turn. */
  protocol?: boolean;
  /** The reply asked the gentle yes/no safety question after a retraction. */
  safetyQuestion?: boolean;
}

/** A Decision from a flow's result, with the engine's defaults. */
export function fromFlow(result: FlowResult, extra: Partial<Decision> = {}): Decision {
  return {
    flow: result.flow,
    reply: result.reply,
    next: result.next,
    showResources: false,
    listsResources: false,
    fixed: false,
    actions: result.actions ?? [],
    memories: result.memories ?? [],
    ...(result.journal ? { journal: result.journal } : {}),
    ...(result.checkBack ? { checkBack: result.checkBack } : {}),
    ...extra,
  };
}

export function fixedDecision(flow: FlowId, reply: string, extra: Partial<Decision> = {}): Decision {
  return { flow, reply, next: null, showResources: false, listsResources: false, fixed: true, actions: [], memories: [], ...extra };
}
