// Episodes: the journal record of an SOS session.
export * from './schema';
