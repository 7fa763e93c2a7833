import { defineComponent, ref, computed, watch, onMounted, onBeforeUnmount, h, type PropType } from 'vue'

export interface CalendarEvent {
  id: string
  title: string
  start: Date
  end: Date
  color?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

function startOfWeek(d: Date, weekStartsOn: 0 | 1): Date {
  const copy = new Date(d.getFullYear(), d.getMonth(), d.getDate())
  const diff = (copy.getDay() - weekStartsOn + 7) % 7
  copy.setDate(copy.getDate() - diff)
  return copy
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}

export default defineComponent({
  name: 'WeekCalendar',

  props: {
    events: { type: Array as PropType<CalendarEvent[]>, default: () => [] },
    date: { type: Date, default: () => new Date() },
    weekStartsOn: { type: Number as PropType<0 | 1>, default: 1 },
    locale: { type: String, default: undefined },
    hours: {
      type: Array as unknown as PropType<[number, number]>,
      default: () => [8, 19],
      validator: (v: [number, number]) => v[0] >= 0 && v[1] <= 24 && v[0] < v[1],
    },
  },

  emits: {
    select: (event: CalendarEvent) => Boolean(event.id),
    'update:date': (d: Date) => d instanceof Date,
    'create': (payload: { start: Date; end: Date }) => payload.start < payload.end,
  },

  setup(props, { emit, expose }) {
    const now = ref(new Date())
    let timer: ReturnType<typeof setInterval> | undefined

    const weekStart = computed(() => startOfWeek(props.date, props.weekStartsOn))

    const days = computed(() =>
      Array.from({ length: 7 }, (_, i) => new Date(weekStart.value.getTime() + i * DAY_MS)),
    )

    const dayFormat = computed(() => new Intl.DateTimeFormat(props.locale, { weekday: 'short', day: 'numeric' }))
    const timeFormat = computed(() => new Intl.DateTimeFormat(props.locale, { hour: '2-digit', minute: '2-digit' }))

    const eventsByDay = computed(() => {
      const map = new Map<number, CalendarEvent[]>()
      for (const day of days.value) map.set(day.getTime(), [])
      for (const ev of props.events) {
        const key = days.value.find((d) => sameDay(d, ev.start))?.getTime()
        if (key !== undefined) map.get(key)!.push(ev)
      }
      for (const list of map.values()) list.sort((a, b) => a.start.getTime() - b.start.getTime())
      return map
    })

    const [firstHour, lastHour] = props.hours
    const slotHeight = 48

    function topFor(d: Date): number {
      return (d.getHours() - firstHour + d.getMinutes() / 60) * slotHeight
    }

    function shiftWeek(delta: number) {
      emit('update:date', new Date(props.date.getTime() + delta * 7 * DAY_MS))
    }

    function onSlotClick(day: Date, hour: number) {
      const start = new Date(day)
      start.setHours(hour, 0, 0, 0)
      emit('create', { start, end: new Date(start.getTime() + 60 * 60 * 1000) })
    }

    watch(
      () => props.events.length,
      (n, old) => {
        if (n > old) console.debug(`[WeekCalendar] ${n - old} event(s) added`)
      },
    )

    onMounted(() => {
      timer = setInterval(() => (now.value = new Date()), 60_000)
    })
    onBeforeUnmount(() => clearInterval(timer))

    expose({ shiftWeek })

    return () =>
      h('div', { class: 'week-calendar' }, [
        h('header', { class: 'wc-toolbar' }, [
          h('button', { onClick: () => shiftWeek(-1), 'aria-label': 'Previous week' }, '‹'),
          h('button', { onClick: () => emit('update:date', new Date()) }, 'Today'),
          h('button', { onClick: () => shiftWeek(1), 'aria-label': 'Next week' }, '›'),
        ]),
        h(
          'div',
          { class: 'wc-grid' },
          days.value.map((day) =>
            h('section', { class: ['wc-day', { today: sameDay(day, now.value) }], key: day.getTime() }, [
              h('h3', dayFormat.value.format(day)),
              h(
                'div',
                { class: 'wc-slots', style: { height: `${(lastHour - firstHour) * slotHeight}px` } },
                [
                  ...Array.from({ length: lastHour - firstHour }, (_, i) =>
                    h('div', { class: 'wc-slot', onClick: () => onSlotClick(day, firstHour + i) }),
                  ),
                  ...(eventsByDay.value.get(day.getTime()) ?? []).map((ev) =>
                    h(
                      'button',
                      {
                        class: 'wc-event',
                        key: ev.id,
                        style: {
                          top: `${topFor(ev.start)}px`,
                          height: `${Math.max(20, topFor(ev.end) - topFor(ev.start))}px`,
                          background: ev.color ?? 'var(--wc-accent)',
                        },
                        onClick: (e: MouseEvent) => {
                          e.stopPropagation()
                          emit('select', ev)
                        },
                      },
                      `${timeFormat.value.format(ev.start)} ${ev.title}`,
                    ),
                  ),
                ],
              ),
            ]),
          ),
        ),
      ])
  },
})
