public static void main(String[] args) {
    if (args.length < 2) {
        System.err.println("usage: Merge <in...> <out>");
        System.exit(2);
    }
    List<Path> inputs = Arrays.stream(args, 0, args.length - 1).map(Path::of).toList();
    Path out = Path.of(args[args.length - 1]);
    new Merger(inputs, out).run();
}
