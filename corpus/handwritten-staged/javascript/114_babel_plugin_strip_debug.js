/**
 * Babel plugin: removes console.debug/console.trace calls and `debugger`
 * statements, and replaces `__DEV__` with a boolean literal.
 *
 * Options: { keep: ['trace'], dev: false }
 */
module.exports = function stripDebug({ types: t }) {
  const DEFAULT_METHODS = ['debug', 'trace'];

  function isConsoleCall(path, methods) {
    const callee = path.get('callee');
    if (!callee.isMemberExpression()) return false;
    const object = callee.get('object');
    if (!object.isIdentifier({ name: 'console' })) return false;
    if (path.scope.hasBinding('console')) return false; // shadowed locally
    const prop = callee.node.property;
    const name = t.isIdentifier(prop) && !callee.node.computed ? prop.name
      : t.isStringLiteral(prop) ? prop.value : null;
    return name !== null && methods.includes(name);
  }

  return {
    name: 'strip-debug',
    pre() {
      this.removed = 0;
    },
    visitor: {
      DebuggerStatement(path) {
        path.remove();
        this.removed++;
      },
      CallExpression(path, state) {
        const keep = state.opts.keep || [];
        const methods = DEFAULT_METHODS.filter((m) => !keep.includes(m));
        if (!isConsoleCall(path, methods)) return;
        if (path.parentPath.isExpressionStatement()) {
          path.parentPath.remove();
        } else {
          path.replaceWith(t.unaryExpression('void', t.numericLiteral(0)));
        }
        this.removed++;
      },
      Identifier(path, state) {
        if (path.node.name !== '__DEV__') return;
        if (path.scope.hasBinding('__DEV__')) return;
        if (!path.isReferencedIdentifier()) return;
        path.replaceWith(t.booleanLiteral(Boolean(state.opts.dev)));
      },
    },
    post(file) {
      if (this.removed && process.env.STRIP_DEBUG_VERBOSE) {
        console.log(`[strip-debug] ${file.opts.filename}: removed ${this.removed}`);
      }
    },
  };
};
