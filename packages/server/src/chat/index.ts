// The companion on the server: routes, per-person session and sealed stores.
export { chatRoutes, CHAT_MESSAGE_MAX } from './chat.routes';
export { openChatSession, modelFromConfig, type ChatSession, type ChatSessionOptions } from './chat.session';
export { ChatStore, type StoredMessage, type MessageMeta } from './chat.store';
export { SealedMemoryStore, MEMORY_LIMIT } from './memory.store';
