/**
 * Characters YAML does not allow in a file (outside its printable set: C0 and C1 controls but tab, line breaks and
 * NEL, DEL, unpaired surrogates, U+FFFE and U+FFFF). yaml reads them silently; other YAML tools refuse the file,
 * and in a terminal some of them (ESC) would take over the screen when a problem message shows the value.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
