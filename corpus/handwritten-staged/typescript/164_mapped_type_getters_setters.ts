type Getters<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
type Setters<T> = { -readonly [K in keyof T as `set${Capitalize<string & K>}`]: (value: T[K]) => void };

interface Settings {
  readonly volume: number;
  readonly muted: boolean;
  readonly device: string;
}

type SettingsAccessors = Getters<Settings> & Setters<Settings>;
// { getVolume(): number; setVolume(v: number): void; getMuted(): boolean; ... }
