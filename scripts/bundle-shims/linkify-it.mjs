// Bundle shim for markdown-it's `linkify-it` (scripts/bundle.mjs): adapt-guide runs markdown-it with
// `linkify: false`, so the link finder it constructs anyway (compiling a dozen large patterns) is never
// asked anything. Each method answers "no link here", as linkify-it would with linkify turned off.
export default class LinkifyIt {
  add() {
    return this;
  }
  set() {
    return this;
  }
  tlds() {
    return this;
  }
  test() {
    return false;
  }
  pretest() {
    return false;
  }
  testSchemaAt() {
    return 0;
  }
  match() {
    return null;
  }
  matchAtStart() {
    return null;
  }
  normalize() {}
  onCompile() {}
}
