export { normalise, tokenAt, type Normalised, type Token } from './tokenise';
