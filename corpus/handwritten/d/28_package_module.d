/// Convenience module: `import mylib;` pulls in the whole public API.
module mylib;

public import mylib.parser;
public import mylib.ast;
public import mylib.eval : evaluate, Environment;

enum versionString = "1.4.0";
