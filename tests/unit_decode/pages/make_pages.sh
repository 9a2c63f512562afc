#!/bin/sh
# Regenerates the encoded fixture pages from the UTF-8 originals with glibc iconv, an encoder
# independent of the ICU decoder under test. The UTF-8 files are the expected decoded text.
set -eu
cd "$(dirname "$0")"
iconv -f UTF-8 -t WINDOWS-1252 en.utf8.html > en.windows-1252.html
iconv -f UTF-8 -t WINDOWS-1252 fr.utf8.html > fr.windows-1252.html
iconv -f UTF-8 -t ISO-8859-2 cs.utf8.html > cs.iso-8859-2.html
iconv -f UTF-8 -t EUC-KR ko.utf8.html > ko.euc-kr.html
iconv -f UTF-8 -t SHIFT_JIS ja.utf8.html > ja.shift_jis.html
iconv -f UTF-8 -t GB18030 zh_hans.utf8.html > zh_hans.gb18030.html
iconv -f UTF-8 -t BIG5 zh_hant.utf8.html > zh_hant.big5.html
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE en.utf8.html; } > en.utf-16le-bom.html
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE ko.utf8.html; } > ko.utf-16be-bom.html
