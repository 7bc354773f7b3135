// Public surface of @kinbridge/core: pure domain code shared by server, companion and web.
export * from './time';
export * from './exercises';
export * from './resources';
export * from './plan';
export * from './sos';
export * from './episode';
export * from './risk';
