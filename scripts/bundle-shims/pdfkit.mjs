// Injected into the bundle (scripts/bundle.mjs): pdfkit as bundled, for src/render/pdf/text/cjs.ts.
// Its requests for fontkit, linebreak and the @noble modules are wired to cjs.ts's stand-ins.
export const __AG_BUNDLED_PDFKIT__ = () => require('pdfkit');
