// SPDX-License-Identifier: GPL-3.0-or-later
export default function App() {
  return <h1>Hello from an nginx stage!</h1>;
}
