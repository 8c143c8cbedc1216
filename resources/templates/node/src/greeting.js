// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';

/** The JSON body the API answers with. */
function greeting(name) {
  return { message: `Hello, ${name || 'world'}!` };
}

module.exports = { greeting };
