function pluck<T extends object, K extends keyof T>(items: readonly T[], key: K): Array<T[K]> {
  return items.map((item) => item[key]);
}

const names: string[] = pluck([{ name: 'ada', age: 36 }, { name: 'alan', age: 41 }], 'name');
