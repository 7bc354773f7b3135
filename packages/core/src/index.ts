// Public surface of @kinbridge/core: pure domain code shared by server, companion and web.
export * from './time';
