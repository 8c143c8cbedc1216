// SPDX-License-Identifier: GPL-3.0-or-later
module example.com/hello

go 1.19
