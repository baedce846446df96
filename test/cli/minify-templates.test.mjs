// The template minifier that runs over tsc's output (scripts/minify-templates.mjs): what it may and
// may not change in a template's static text.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {minifyHtmlPart, minifyTemplateText} from '../../scripts/minify-templates.mjs';

test('html: formatting with a line break becomes one space; static attribute values lose their quotes', () => {
  const text = '<button\n    type="button"\n    class="retry"\n  >\n  Again <span aria-hidden="true">x</span>';
  assert.equal(minifyTemplateText('html', text), '<button type=button class=retry> Again <span aria-hidden=true>x</span>');
});

test('html: quotes stay where the value needs them or a binding follows', () => {
  assert.equal(minifyTemplateText('html', '<svg viewBox="0 0 28 14">'), '<svg viewBox="0 0 28 14">');
  assert.equal(minifyTemplateText('html', '<rect width="6"/>'), '<rect width="6"/>');
  assert.equal(minifyTemplateText('html', '<p class="a b" id="">'), '<p class="a b" id="">');
  // the static text before a binding inside quotes: the quote belongs to the binding
  assert.equal(minifyTemplateText('html', '<path class="mark '), '<path class="mark ');
  assert.equal(minifyTemplateText('html', '" role="img" aria-label='), '" role=img aria-label=');
  assert.equal(minifyTemplateText('html', '<a href="https://x.nl/a?b=c">'), '<a href="https://x.nl/a?b=c">');
});

test('svg: formatting between tags goes', () => {
  assert.equal(minifyTemplateText('svg', '<g>\n  <line x1="0"></line>\n  <text dy="0.32em">'), '<g><line x1=0></line><text dy=0.32em>');
});

test('html: inside an inline <svg>, formatting between tags goes, across the parts of one template', () => {
  // html`<p>\n  <svg>\n    <g>\n      ${marks}\n    </g>\n  </svg>\n  <span>a</span>\n  <span>b</span>` in two parts
  const [first, inSvg] = minifyHtmlPart('<p>\n  <svg class="plot">\n    <g>\n      ', false);
  assert.equal(first, '<p> <svg class=plot><g>');
  assert.equal(inSvg, true);
  const [second, stillInSvg] = minifyHtmlPart('\n    </g>\n  </svg>\n  <span>a</span>\n  <span>b</span>', inSvg);
  // after </svg> the HTML rule again: the space between two inline elements is text people see
  assert.equal(second, '</g></svg> <span>a</span> <span>b</span>');
  assert.equal(stillInSvg, false);
  // a part that does not start inside an <svg> keeps its spaces
  assert.equal(minifyHtmlPart('\n    </g>\n  <b>x</b>', false)[0], ' </g> <b>x</b>');
});

test('css: comments and formatting go, values keep their spaces', () => {
  assert.equal(minifyTemplateText('css', '/* x */\n.a {\n  margin: 0.5em 0 !important;\n  width: calc(100% - 2px);\n}'), '.a{margin:.5em 0!important;width:calc(100% - 2px)}');
});
