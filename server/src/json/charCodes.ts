/** The character codes of JSON's punctuation, for the scanners that read a text by `charCodeAt`. */
export const space = 0x20;
export const tab = 0x09;
export const lineFeed = 0x0a;
export const carriageReturn = 0x0d;
export const quote = 0x22;
export const backslash = 0x5c;
export const comma = 0x2c;
export const colon = 0x3a;
export const openBracket = 0x5b;
export const closeBracket = 0x5d;
export const openBrace = 0x7b;
export const closeBrace = 0x7d;
export const minus = 0x2d;
export const zero = 0x30;
export const nine = 0x39;
