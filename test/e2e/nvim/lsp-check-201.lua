-- Neovim as an LSP client of `ocpp-language-server --stdio` on an OCPP 2.0.1 file (Neovim 0.7.2 API). Usage:
--   OCPP_FILE=path/to/mistakes-201.ocpp.json \
--     nvim --headless --clean -c 'luafile test/e2e/nvim/lsp-check-201.lua'
-- OCPP_SERVER_CMD overrides the server command as in lsp-check.lua. Prints `ok - ...`/`not ok - ...` per check
-- and `N passed, N failed`; exits 0 when all passed, 1 otherwise. What the checks share is in lsp-common.lua.

local lsp = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/lsp-common.lua')
local check, need, check_hover, check_completion = lsp.check, lsp.need, lsp.check_hover, lsp.check_completion

local function main()
  local file, bufnr, client_id = lsp.start('2.0.1: ')
  if not file then return end

  -- The file has eight mistakes; wait until all have arrived.
  local codes, messages = {}, {}
  for _, d in ipairs(lsp.diagnostics(bufnr, 8)) do
    table.insert(codes, tostring(d.code))
    table.insert(messages, d.message)
  end
  table.sort(codes)
  local expected = { 'call-error-code', 'id-token-format', 'invalid-enum-value', 'invalid-enum-value', 'missing-field',
    'transaction-seq-no', 'transaction-stopped-reason', 'unknown-field' }
  check('2.0.1: diagnostics are the 2.0.1 ones (FormatViolation, idToken format, seqNo, stoppedReason, ...)',
    table.concat(codes, ',') == table.concat(expected, ',')
      and table.concat(messages, '\n'):find('OCPP-J 2.0.1 calls this error "FormatViolation"', 1, true) ~= nil,
    'codes: ' .. table.concat(codes, ',') .. ' | ' .. table.concat(messages, ' | '))

  local status = lsp.position_of(bufnr, '"Charging"', 1)
  need(status ~= nil, 'no "Charging" in ' .. file)
  check_hover('2.0.1: hover on TransactionEvent gives its 2.0.1 description', bufnr,
    lsp.position_of(bufnr, '"TransactionEvent"', 3), { 'OCPP 2.0.1', 'report the start, changes and end' })

  check_completion('2.0.1: completion in connectorStatus offers the five 2.0.1 statuses', bufnr, status,
    'Available,Faulted,Occupied,Reserved,Unavailable')

  lsp.stop(client_id)
end

lsp.run('2.0.1: ', main)
