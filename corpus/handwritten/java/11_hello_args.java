public class Hello {
    public static void main(String[] args) {
        String who = args.length > 0 ? String.join(" ", args) : "world";
        System.out.println("Hello, " + who + "!");
    }
}
