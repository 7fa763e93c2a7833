//! Texts that tie a learned head to the base model when no base training data
//! ships with the bundle: the head is trained to reproduce the base model's
//! own distribution on them, and a head that changes the base model's answer
//! on them is rejected.

pub const ANCHORS: &[&str] = &[
    "def main():\n    items = [x * 2 for x in range(10)]\n    print(items)\n\nif __name__ == '__main__':\n    main()\n",
    "import os\nimport sys\n\nclass Config:\n    def __init__(self, path):\n        self.path = os.path.abspath(path)\n",
    "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv) {\n    printf(\"%d\\n\", argc);\n    return EXIT_SUCCESS;\n}\n",
    "#include <vector>\n#include <string>\n\nnamespace app {\ntemplate <typename T>\nclass Stack {\n  std::vector<T> items_;\n public:\n  void push(const T& v) { items_.push_back(v); }\n};\n}\n",
    "public class Main {\n    public static void main(String[] args) {\n        List<String> names = new ArrayList<>();\n        System.out.println(names.size());\n    }\n}\n",
    "package com.example;\n\nimport java.util.Map;\n\npublic interface Repository<T> {\n    T findById(long id);\n    Map<String, T> all();\n}\n",
    "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.send('hello');\n});\napp.listen(3000);\n",
    "function debounce(fn, ms) {\n  let t;\n  return function (...args) {\n    clearTimeout(t);\n    t = setTimeout(() => fn.apply(this, args), ms);\n  };\n}\nexport default debounce;\n",
    "{\n  \"name\": \"demo\",\n  \"version\": \"1.2.3\",\n  \"dependencies\": {\n    \"left-pad\": \"^1.3.0\"\n  },\n  \"private\": true\n}\n",
    "[\n  {\"id\": 1, \"tags\": [\"a\", \"b\"], \"active\": true},\n  {\"id\": 2, \"tags\": [], \"active\": false}\n]\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.example</groupId>\n  <artifactId>demo</artifactId>\n</project>\n",
    "<configuration>\n  <appender name=\"STDOUT\" class=\"ch.qos.logback.core.ConsoleAppender\">\n    <encoder><pattern>%msg%n</pattern></encoder>\n  </appender>\n</configuration>\n",
    "name: build\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n",
    "version: '3'\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    ports:\n      - \"5432:5432\"\n",
    "apply plugin: 'java'\n\ndependencies {\n    testImplementation 'junit:junit:4.13.2'\n}\n\ntask hello {\n    doLast { println 'hello' }\n}\n",
    "class Greeter {\n    String name\n    def greet() {\n        println \"Hello, ${name}!\"\n    }\n}\nnew Greeter(name: 'world').greet()\n",
    "fn main() {\n    let v: Vec<u32> = (0..10).map(|x| x * x).collect();\n    println!(\"{:?}\", v);\n}\n",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n",
    "#!/bin/sh\nset -e\nfor f in *.txt; do\n  echo \"$f\"\ndone\n",
    "SELECT u.id, u.name, COUNT(o.id)\nFROM users u\nLEFT JOIN orders o ON o.user_id = u.id\nGROUP BY u.id, u.name\nORDER BY 3 DESC;\n",
    "<!DOCTYPE html>\n<html>\n<head><title>Demo</title></head>\n<body>\n  <p class=\"lead\">Hello</p>\n</body>\n</html>\n",
    "# Title\n\nSome *emphasis* and a [link](https://example.org).\n\n- item one\n- item two\n",
    "body {\n  margin: 0;\n  font-family: sans-serif;\n}\n.lead { color: #333; }\n",
    "module Main where\n\nmain :: IO ()\nmain = mapM_ print [x * x | x <- [1..10]]\n",
];
