export { KeyService } from './key-service';
export { UserCipher, isSealed, type Sealed } from './sealed';
export { keyFromBase64, loadOrCreateKeyFile, newKeyBase64, parseKeyring, writeKeyFile, KEY_FILE, type ServerKey } from './server-keys';
