// A small built-in list of the most common passwords of 10+ characters (the only ones our
// length rule lets through), compared case-insensitively. Sources: widely published
// most-common-password lists; only well-known entries are included.
export const commonPasswords: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '0987654321', '1111111111', '0000000000', '1234512345', '1122334455', '1234554321',
  '123456789a', 'a123456789', '12345678910', '123456789q', 'qwertyuiop', 'qwertyuiop1', 'qwerty1234', '1q2w3e4r5t',
  '1qaz2wsx3edc', 'zaq12wsxcde3', 'asdfghjkl1', 'asdfghjkl;', 'zxcvbnm123', 'qazwsxedcrfv', 'password12', 'password123',
  'password1234', 'password!1', 'passw0rd123', 'p@ssw0rd12', 'p@ssword123', 'iloveyou12', 'iloveyou123', 'sunshine12',
  'sunshine123', 'princess12', 'princess123', 'football12', 'football123', 'baseball123', 'basketball', 'basketball1',
  'superman123', 'starwars123', 'letmein123', 'welcome123', 'welcome1234', 'trustno1234', 'changeme123', 'admin12345',
  'administrator', 'qwerty123456', 'abc1234567', 'abcdefghij', 'abcdefg123', 'monkey1234', 'dragon1234', 'master1234',
  'michael123', 'jennifer123', 'charlie123', 'shadow1234', 'computer12', 'computer123', 'whatever123', 'freedom123',
  'myspace123', 'chocolate1', 'chocolate123', 'butterfly1', 'butterfly123', 'liverpool1', 'liverpool123', 'chelsea123',
  'arsenal123', 'pokemon123', 'minecraft1', 'minecraft123', 'fortnite123', 'samsung123', 'internet123', 'qwer123456',
  'kinbridge123', 'kinbridge1234', 'therapy123', 'therapist1', 'passwordpassword', 'aaaaaaaaaa', '1q2w3e4r5t6y',
]);
