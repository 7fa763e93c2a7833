import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.atomic.AtomicLong;

public class Bank {

    static final class Account {
        private static final AtomicLong SEQ = new AtomicLong(1000);

        final long id = SEQ.incrementAndGet();
        final ReentrantLock lock = new ReentrantLock();
        private long balance;

        Account(long opening) { this.balance = opening; }

        long balance() {
            lock.lock();
            try { return balance; } finally { lock.unlock(); }
        }
    }

    static class InsufficientFundsException extends Exception {
        InsufficientFundsException(long id, long wanted, long had) {
            super("account " + id + ": wanted " + wanted + ", had " + had);
        }
    }

    /** Locks both accounts in id order so two opposite transfers cannot deadlock. */
    static void transfer(Account from, Account to, long amount) throws InsufficientFundsException {
        if (amount <= 0) throw new IllegalArgumentException("amount must be positive");
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                if (from.balance < amount) {
                    throw new InsufficientFundsException(from.id, amount, from.balance);
                }
                from.balance -= amount;
                to.balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        Account a = new Account(10_000);
        Account b = new Account(10_000);
        Runnable ab = () -> { for (int i = 0; i < 5000; i++) try { transfer(a, b, 1); } catch (InsufficientFundsException ignored) {} };
        Runnable ba = () -> { for (int i = 0; i < 5000; i++) try { transfer(b, a, 1); } catch (InsufficientFundsException ignored) {} };
        Thread t1 = new Thread(ab), t2 = new Thread(ba);
        t1.start(); t2.start();
        t1.join(); t2.join();
        System.out.println("a=" + a.balance() + " b=" + b.balance() + " sum=" + (a.balance() + b.balance()));
    }
}
