-- Neovim as an LSP client of `ocpp-language-server --stdio` on an OCPP 2.1 conversation (Neovim 0.7.2 API). Usage:
--   OCPP_FILE=test/e2e/fixtures/conversation-21.ocpp.json \
--     nvim --headless --clean -c 'luafile test/e2e/nvim/lsp-check-21.lua'
-- OCPP_SERVER_CMD overrides the server command as in lsp-check.lua. Prints `ok - ...`/`not ok - ...` per check
-- and `N passed, N failed`; exits 0 when all passed, 1 otherwise. What the checks share is in lsp-common.lua.

local lsp = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/lsp-common.lua')
local check, need, check_hover = lsp.check, lsp.need, lsp.check_hover

local function main()
  local file, bufnr, client_id = lsp.start('2.1: ')
  if not file then return end

  -- One mistake: the CALLRESULT `[3, "s1", {}]` answers the SEND "s1". The SEND and the CALLRESULTERROR are fine.
  -- The server sends a file's diagnostics as one set, so the first that arrives is all of them.
  local answer = lsp.position_of(bufnr, '[3, "s1"', 4)
  need(answer ~= nil, 'no [3, "s1" in ' .. file)
  local found = {}
  for _, d in ipairs(lsp.diagnostics(bufnr, 1)) do
    table.insert(found, string.format('%s@%d:%d %s', tostring(d.code), d.lnum, d.col, d.message))
  end
  local expected = string.format('answer-to-send@%d:%d "s1" is the id of a SEND, which expects no answer: its receiver'
    .. ' must not send a CALLRESULT (OCPP-J 2.1 §4.1.3; FR.07). Remove this frame.', answer.line, answer.character)
  check('2.1: the only diagnostic is answer-to-send on the CALLRESULT to the SEND',
    #found == 1 and found[1] == expected, table.concat(found, ' | '))

  check_hover('2.1: hover on a field 2.1 added says so', bufnr,
    lsp.position_of(bufnr, '"allowedEnergyTransfer"', 3), { 'Optional field of AuthorizeResponse', 'New in OCPP 2.1.' })
  check_hover('2.1: hover on the SEND\'s action gives its 2.1 description and says nothing answers it', bufnr,
    lsp.position_of(bufnr, '"NotifyPeriodicEventStream"', 3), { 'OCPP 2.1 ·', 'It goes as a SEND, which has no response' })

  -- The actions offered in a CALL's action are 2.1's: its periodic event streams, none of 1.6's, and not the
  -- SEND-only NotifyPeriodicEventStream.
  local completion, err = lsp.request(bufnr, 'textDocument/completion', lsp.position_of(bufnr, '"OpenPeriodicEventStream"', 1))
  local labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do labels[item.label] = true end
  check('2.1: completion of an action offers 2.1\'s actions',
    labels.OpenPeriodicEventStream and labels.ClosePeriodicEventStream and labels.TransactionEvent
      and not labels.NotifyPeriodicEventStream and not labels.StartTransaction,
    err or ('labels: ' .. table.concat(vim.tbl_keys(labels), ',')))

  lsp.stop(client_id)
end

lsp.run('2.1: ', main)
