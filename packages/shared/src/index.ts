export * from './enums';
export * from './reference';
export * from './messages';
export * from './auth';
export * from './errors';
export * from './siren';
