// Public surface of @kinbridge/companion: the conversation engine, its context and memory
// interfaces, and the optional language-model adapter.
export { Companion, RESOURCES_HOLD_TURNS } from './engine/companion';
export type { CompanionOptions, ReplyEvent, TurnResult } from './engine/companion';
export { newConversationState, restoreConversationState } from './engine/state';
export type { ConversationState } from './engine/state';
export type { CompanionContext, CompanionPlan, CrisisResource, SupportContact, PlanTier } from './context';
export { emptyPlan } from './context';
export { contextFromPlan, regionResources, toCrisisResource } from './context-from-core';
export type { ContextOptions } from './context-from-core';
export type { FlowId, QuickAction, JournalNote } from './flows/types';
export type { MemoryItem, MemoryKind, MemoryStore, NewMemory } from './memory/types';
export { MEMORY_KIND_LABEL } from './memory/types';
export { InMemoryMemoryStore } from './memory/in-memory-store';
export type { AsqRecord, AsqResult, AsqAnswer } from './safety/asq';
export { ASQ_QUESTIONS } from './safety/asq';
export { postCheck } from './safety/post-check';
export type { PostCheckResult, PostCheckReason } from './safety/post-check';
export type { ReplyModel, ModelRequest, ChatMessage } from './llm/reply-model';
export { OpenAiReplyModel, modelFromEnv, chatCompletionsUrl, DEFAULT_MODEL_TIMEOUT_MS } from './llm/openai';
export type { OpenAiOptions, ModelConfig } from './llm/openai';
export { AWAY_MS, REPEAT_MS } from './honesty/disclosure';
export type { DisclosureReason } from './honesty/disclosure';
