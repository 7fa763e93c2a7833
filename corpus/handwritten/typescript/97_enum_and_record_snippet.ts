enum Weekday { Mon = 1, Tue, Wed, Thu, Fri }

const standup: Record<Weekday, string> = {
  [Weekday.Mon]: '09:30', [Weekday.Tue]: '09:30', [Weekday.Wed]: '10:00',
  [Weekday.Thu]: '09:30', [Weekday.Fri]: 'none',
};
