/**
 * The part of @microsoft/office-js-helpers this project uses, typed here so that the package's own
 * typings (written against 2018's Office types) never meet the current @types/office-js.
 */
declare module '@microsoft/office-js-helpers/dist/office.helpers.min.js' {
  export enum StorageType {
    LocalStorage = 0,
    SessionStorage = 1,
    InMemoryStorage = 2,
  }
  export class Storage<T> {
    constructor(container: string, type?: StorageType);
    get(key: string): T;
    set(key: string, value: T): T;
    has(key: string): boolean;
  }
  export const Utilities: {
    readonly host: string;
    readonly platform: string | null;
    readonly isAddin: boolean;
  };
}
