import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

public class TicketWorkflow {

    enum State { OPEN, IN_PROGRESS, BLOCKED, RESOLVED, CLOSED }

    enum Action { START, BLOCK, UNBLOCK, RESOLVE, REOPEN, CLOSE }

    private static final Map<State, Map<Action, State>> TRANSITIONS = new EnumMap<>(State.class);

    static {
        on(State.OPEN, Action.START, State.IN_PROGRESS);
        on(State.OPEN, Action.CLOSE, State.CLOSED);
        on(State.IN_PROGRESS, Action.BLOCK, State.BLOCKED);
        on(State.IN_PROGRESS, Action.RESOLVE, State.RESOLVED);
        on(State.BLOCKED, Action.UNBLOCK, State.IN_PROGRESS);
        on(State.RESOLVED, Action.REOPEN, State.OPEN);
        on(State.RESOLVED, Action.CLOSE, State.CLOSED);
    }

    private static void on(State from, Action a, State to) {
        TRANSITIONS.computeIfAbsent(from, k -> new EnumMap<>(Action.class)).put(a, to);
    }

    static Set<Action> allowed(State s) {
        Map<Action, State> m = TRANSITIONS.get(s);
        return m == null ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(m.keySet());
    }

    static State apply(State s, Action a) {
        State next = TRANSITIONS.getOrDefault(s, Map.of()).get(a);
        if (next == null) {
            throw new IllegalStateException(a + " not allowed in " + s + "; allowed: " + allowed(s));
        }
        return next;
    }

    public static void main(String[] args) {
        State s = State.OPEN;
        for (Action a : new Action[] {Action.START, Action.BLOCK, Action.UNBLOCK, Action.RESOLVE, Action.CLOSE}) {
            State n = apply(s, a);
            System.out.printf("%-12s --%-8s--> %s%n", s, a, n);
            s = n;
        }
        try {
            apply(s, Action.REOPEN);
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
