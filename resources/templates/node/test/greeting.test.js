// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { greeting } = require('../src/greeting');

test('greets by name', () => {
  assert.deepStrictEqual(greeting('Asha'), { message: 'Hello, Asha!' });
});

test('greets the world by default', () => {
  assert.deepStrictEqual(greeting(''), { message: 'Hello, world!' });
});
