// date-holidays-parser ships its types as an ambient module that its package.json "exports" does not point to.
/// <reference path="../node_modules/date-holidays-parser/types/index.d.ts" />

/** `virtual:date-holidays-dk` (scripts/holidays-dk.ts): the Danish part of the date-holidays data. */
declare module 'virtual:date-holidays-dk' {
  const data: object;
  export default data;
}
