// Every sub-command of `kinbridge`. Add a command by adding its module here.
import type { Command } from '../command';
import { startCommand } from './start';
import { migrateCommand } from './migrate';
import { userAddCommand } from './user-add';
import { keysRotateCommand } from './keys-rotate';
import { chatCommand } from './chat';
import { assessCommand } from './assess';

export const commands: Command[] = [startCommand, migrateCommand, userAddCommand, keysRotateCommand, chatCommand, assessCommand];
