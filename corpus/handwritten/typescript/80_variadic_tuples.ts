type Concat<A extends unknown[], B extends unknown[]> = [...A, ...B];

function partial<Head extends unknown[], Tail extends unknown[], R>(
  fn: (...args: [...Head, ...Tail]) => R,
  ...head: Head
): (...tail: Tail) => R {
  return (...tail) => fn(...head, ...tail);
}

const greet = (greeting: string, name: string, punct: '!' | '.') => `${greeting}, ${name}${punct}`;
const hello = partial(greet, 'Hello');
hello('Ada', '!');
