"""Benign held-out values for the crypto wallet / exchange support portal.

Every value is something a real customer or support agent of a cryptocurrency
wallet and exchange would type into an ordinary field: ticket descriptions,
address-book labels, pasted JSON-RPC requests, Solidity snippets, CLI commands,
amount/fee notes, KYC notes, API/webhook settings (placeholders only), ABI
fragments and multilingual comments.  Addresses, hashes and keys are fake.

Hand-written literals per category, plus small templates over hand-written
pools.  Deterministic: random.Random(SEED), no set iteration.
"""

import json
import random
from pathlib import Path

SEED = 7901
PREFIX = "hb79"
PER_CATEGORY = 80
MIN_LITERAL_SHARE = 0.55

HEX = "0123456789abcdef"
B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def fake_hex(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def fake_eth(rng):
    return "0x" + fake_hex(rng, 40)


def fake_txid(rng):
    return "0x" + fake_hex(rng, 64)


def fake_btc_txid(rng):
    return fake_hex(rng, 64)


def fake_bc1(rng):
    return "bc1q" + "".join(rng.choice(B32) for _ in range(38))


def fake_sol(rng):
    return "".join(rng.choice(B58) for _ in range(rng.choice([43, 44])))


# ---------------------------------------------------------------------------
# Hand-written literals
# ---------------------------------------------------------------------------

LITERALS = {}

LITERALS["ticket_description"] = [
    "I sent 0.015 BTC to my own bc1q address 3 hours ago and it still shows 0 confirmations. Fee was 4 sat/vB, was that too low? Can you bump it or should I use RBF myself?",
    "Withdrawal stuck in \"Processing\" since Tuesday. Amount: 1,250 USDT (TRC-20). Destination starts with TQ7... — please check, I need it for rent on the 1st.",
    "Hi, I accidentally selected the wrong network (BEP-20 instead of ERC-20) when depositing 300 USDC. Is there any way to recover it? The tx is on BscScan.",
    "The app crashes when I open the \"Staking\" tab on Android 14 (Pixel 7). Cleared cache, reinstalled — same thing. Logs attached.",
    "Can you explain why my limit order at 62,000 didn't fill when the chart clearly shows the price touched 61,980? Feels like the order book & chart don't match.",
    "I'm trying to connect Ledger Nano X via Bluetooth and it says \"Device locked or app not open\" even though the Ethereum app is open. Firmware 2.2.3.",
    "Please close my account. I don't want to use the exchange anymore; I've already withdrawn everything except 0.00000312 BTC dust which I can't withdraw (below minimum).",
    "My 2FA device was stolen. I still have the backup codes but the form says \"invalid code\" for all of them. Please help, I can't log in.",
    "Deposit of 2 ETH credited only 1.99 ETH?? Where did 0.01 go? The tx on Etherscan shows exactly 2.000000000000000000.",
    "I'm a developer using your REST API. GET /api/v3/orders?symbol=BTCUSDT&limit=500 returns 429 after ~20 requests/min although docs say 1200/min. Is the limit per key or per IP?",
    "The CSV export for 2023 taxes is missing the fee column; columns are Date;Pair;Side;Price;Amount but no Fee. My accountant needs it.",
    "Swapped 500 DAI -> ETH in the wallet and got 0.142 ETH, the quote said 0.151. Slippage was set to 0.5% so how is that possible?",
    "Hi team — the \"Drop\" campaign banner says I'm eligible for the airdrop but the claim button is greyed out. Wallet: 0x7a3B…e91C. Thanks!",
    "When I paste my address into the withdrawal field it auto-inserts a space at the end and then says \"invalid address\". Happens in Safari only.",
    "Account frozen after I logged in from a VPN (Mullvad, exit in Sweden). I'm the same person, just travelling. What do you need from me?",
    "I think my seed phrase is compromised — funds moved to an address I don't recognise at 03:14 UTC. I never shared the 24 words. Can you freeze anything on your side?",
    "Your fee schedule page says maker 0.10% / taker 0.10% but my trade history shows 0.12% on BTC/EUR. Am I in the wrong VIP tier?",
    "Is it normal that unstaking SOL takes 2–3 days? The UI says \"deactivating\" and the epoch counter isn't moving.",
    "The price alert I set for ETH < 2,800 never triggered even though it dropped to 2,760 last night. Notifications are on.",
    "Bank transfer (SEPA) of €2.500,00 sent on Monday with the reference code you gave me, still not credited. Reference: EX-88Q2-KL.",
    "After updating to v5.3.0 the desktop wallet shows my balance as NaN. Rolling back to 5.2.4 fixes it. Windows 11, German locale (comma as decimal separator).",
    "Hello, can you whitelist my new withdrawal address? The 24h lock is annoying because I'm moving everything to cold storage today.",
    "I ran a script that calls your websocket every second and after a while I'm disconnected with code 1008 \"policy violation\". What's the policy exactly?",
    "The NFT I bought (token ID #4417) doesn't show up in the wallet's collectibles tab, but OpenSea says I own it.",
    "I've been charged gas twice for a failed approve() — status \"Fail: out of gas\". Can the wallet estimate gas better? It set gas limit to 46,000.",
    "Where can I find the proof-of-reserves report for last quarter? The link in your blog post returns 404.",
    "My Coinbase → your exchange transfer of 0.8 ETH arrived but the deposit history says \"Pending (12/64 confirmations)\" for over an hour.",
    "Why does the API return amounts as strings (\"0.00100000\") instead of numbers? My JSON parser in Go keeps choking on it.",
    "Could you add a \"select all\" checkbox to the transaction history so I can export multiple rows at once? Right now it's one by one.",
    "The sub-account transfer modal lets me pick the source account but the destination dropdown is empty. Using Firefox 125 on Ubuntu.",
    "Staking rewards for DOT were not paid for era 1423 and 1424. Nominated validators were active. Please check.",
    "I'm getting \"nonce too low\" every time I try to send from the wallet. I think a tx from MetaMask with the same key got in first.",
    "The support bot keeps telling me to \"clear cookies\" — I did, 5 times. I need a human please. Ticket #448812 was closed without answer.",
    "Received a phishing email that looks exactly like yours, from no-reply@exchange-support-help.example with a link to \"verify wallet\". Just letting you know.",
    "I'd like to dispute a P2P trade. Seller marked as paid but I received nothing in my bank account (Revolut). Order ID P2P-20240518-7731.",
    "Lightning withdrawal failed with \"no route found\" for a 250,000 sat invoice. Smaller invoices (10k sat) work fine.",
    "Is there any way to export my private key from the custodial wallet? I want to move to self-custody; I understand the risks.",
    "On the mobile app, the QR scanner reads \"ethereum:0xAbC...@1?value=1e18\" but fills amount as 1000000000000000000 ETH instead of 1 ETH. Scary!",
    "We are a merchant using your payment gateway — the callback/webhook fires twice for the same invoice (inv_8821). Is that expected, and should we dedupe on invoice_id?",
    "Deposit via Arbitrum One is not supported?? I sent 0.3 ETH on Arbitrum to my ETH deposit address. Same address format, so it should be recoverable.",
    "The tax report shows a loss of -$4,312.77 on a trade that was actually profitable. I think it uses the wrong cost basis (FIFO vs. HIFO).",
    "Hey, small bug: in dark mode the \"Max\" button text is black on black.",
    "Please update my registered phone number from +49 151 2345 6789 to +49 160 9876 5432. I can't receive SMS on the old one.",
    "Ich habe 0,05 BTC an die falsche Adresse geschickt (Tippfehler beim Kopieren). Gibt es irgendeine Möglichkeit, das rückgängig zu machen?",
    "Order executed at a price that was 3% off the market during the flash crash at 14:02. I'd like a review — the stop-loss should have triggered at 58,500.",
    "Can you confirm whether the exchange supports withdrawals of USDT on Solana (SPL)? The dropdown shows only Ethereum, Tron and Polygon.",
    "I think there's a rounding issue: selling 0.123456789 BTC gives me an error \"precision exceeds 8 decimals\". Shouldn't the UI truncate automatically?",
    "Login from unknown device in Lagos — wasn't me! Changed my password already. Please review the sessions and kill them all.",
    "The wallet connect popup shows \"eth_signTypedData_v4\" with a huge JSON blob. How do I know whether it's a permit() signature that can drain my tokens?",
    "Account verification stuck at \"Under review\" for 9 days. Uploaded passport + utility bill (PDF). Please let me know if something's missing.",
    "My sync is stuck at block 19,234,001 and the node log says \"Header broke chain ancestry\". Running Geth 1.13.14 with --syncmode snap.",
    "How do I change the default gas setting from \"Market\" to \"Aggressive\"? Every time I restart the app it goes back.",
]

LITERALS["address_label"] = [
    "Cold storage — Trezor #2 (do NOT use for daily)",
    "Mom's wallet / Mamas Wallet",
    "Kraken deposit (memo required!)",
    "bc1q9h7garjh9z0wyyl7nlk3vq6n8ujmz4yd03kf0x — savings",
    "0x8ba1f109551bD432803012645Ac136ddd64DBA72 (test, Sepolia only)",
    "Payroll multisig 2-of-3 <Gnosis Safe>",
    "DEX router — Uniswap V3 (verify before approving!)",
    "Alice & Bob joint vault",
    "Old MetaMask (compromised?) -- don't send",
    "Lightning node: 03a1b2c3…@node.example.net:9735",
    "Ledger / m/44'/60'/0'/0/0",
    "Ledger / m/44'/60'/1'/0/0 (second account)",
    "Trezor BTC segwit m/84'/0'/0'/0/5",
    "Exchange hot wallet #3 (internal)",
    "Bridge contract — Polygon PoS → Ethereum",
    "\"Savings\" — 50% BTC / 50% ETH",
    "Rent payments 🏠",
    "Charity donations (UNICEF crypto fund)",
    "Friend's address — Jürgen",
    "Coin 'n' Co OTC desk",
    "Tax reserve (set aside 30%)",
    "ENS: vitalik-fanclub.eth → resolves to 0x4e1f…a2B9",
    "Staking validator #12 (withdrawal creds 0x01)",
    "Airdrop farming wallet — low value, experiments",
    "Hardware wallet backup; seed in bank safe",
    "Work laptop hot wallet; max 0.1 ETH",
    "Contract: TokenVesting (cliff 12 months)",
    "USDT-TRC20: TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
    "Solana main: 7EYnhQoR9YM3N7UoaKRoA44Uy8JeaZV3qyouov87awMs",
    "LTC paper wallet (printed 2017)",
    "XRP + destination tag 104938 (required)",
    "Business account / Geschäftskonto",
    "Payment channel to Carol's shop",
    "Treasury multisig — signers: A, B, C; threshold = 2",
    "DCA buys every Monday",
    "P2SH-wrapped segwit (3...) legacy",
    "Taproot test bc1p… (regtest only)",
    "Sister's wedding gift 💍",
    "Safe{Wallet} on Arbitrum",
    "Monero subaddress #4 — Bisq trades",
    "0x000000000000000000000000000000000000dEaD (burn — never send!)",
    "Company OpEx (approved by CFO; see policy 4.2)",
    "NFT vault; blue chips only",
    "Exchange A -> B arbitrage bot wallet",
    "Gas station wallet — keep ≥ 0.05 ETH",
    "Savings (long term) / Ahorros a largo plazo",
    "Kids' college fund — 10% monthly",
    "Dev wallet: hardhat account[0] (local only)",
    "Cosmos: cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu",
    "Old Coinbase receiving address (rotated)",
    "Union Bank OTC settlement",
    "Drop zone for mining payouts (F2Pool)",
]

LITERALS["jsonrpc_paste"] = [
    '{"jsonrpc":"2.0","method":"eth_call","params":[{"to":"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48","data":"0x70a08231000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045"},"latest"],"id":1}',
    '{"jsonrpc":"2.0","method":"eth_getBalance","params":["0x1f9090aaE28b8a3dCeaDf281B0F12828e676c326","latest"],"id":7}',
    '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":83}',
    '{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"execution reverted: ERC20: transfer amount exceeds balance"}}',
    '{"jsonrpc": "2.0", "method": "eth_getTransactionReceipt", "params": ["0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b"], "id": 42}',
    '{"jsonrpc":"2.0","method":"eth_estimateGas","params":[{"from":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","to":"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359","value":"0x2386f26fc10000"}],"id":3}',
    '{"method":"getblockchaininfo","params":[],"id":"curltest","jsonrpc":"1.0"}',
    '{"jsonrpc":"1.0","id":"support","method":"getrawtransaction","params":["a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d", true]}',
    '{"result":null,"error":{"code":-5,"message":"No such mempool or blockchain transaction. Use gettransaction for wallet transactions."},"id":"support"}',
    '{"jsonrpc":"2.0","id":1,"method":"getBalance","params":["83astBRguLMdt2h5U1Tpdq5tjFoJ6noeGwaY3mDLVcri"]}',
    '{"jsonrpc":"2.0","id":1,"method":"getSignaturesForAddress","params":["Vote111111111111111111111111111111111111111",{"limit":5}]}',
    '{"jsonrpc":"2.0","method":"eth_getLogs","params":[{"fromBlock":"0x12a05f2","toBlock":"latest","address":"0xdAC17F958D2ee523a2206206994597C13D831ec7","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"]}],"id":9}',
    'curl -s -X POST -H "Content-Type: application/json" --data \'{"jsonrpc":"2.0","method":"net_version","params":[],"id":67}\' https://rpc.sepolia.example.org',
    '{"jsonrpc":"2.0","method":"eth_sendRawTransaction","params":["0x02f8730181a58459682f00850ba43b7400825208941c9aa3f1e3b4d5a6c7e8f9a0b1c2d3e4f5a6b7c8872386f26fc1000080c0"],"id":11}',
    '{"jsonrpc":"2.0","id":11,"error":{"code":-32000,"message":"replacement transaction underpriced"}}',
    '{"jsonrpc":"2.0","id":11,"error":{"code":-32003,"message":"insufficient funds for gas * price + value"}}',
    '{\n  "jsonrpc": "2.0",\n  "method": "eth_getTransactionByHash",\n  "params": [\n    "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b"\n  ],\n  "id": 1\n}',
    '{"jsonrpc":"2.0","method":"eth_gasPrice","params":[],"id":73} -> {"jsonrpc":"2.0","id":73,"result":"0x4e3b29200"} (that\'s 21 gwei right?)',
    '{"jsonrpc":"2.0","method":"eth_chainId","params":[],"id":1}  // returns 0xa4b1 on my node, is that Arbitrum?',
    '{"jsonrpc":"2.0","method":"debug_traceTransaction","params":["0x3b4c1e0a9d8f7e6d5c4b3a29181706f5e4d3c2b1a09f8e7d6c5b4a3928170615",{"tracer":"callTracer"}],"id":5}',
    '[{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1},{"jsonrpc":"2.0","method":"eth_gasPrice","params":[],"id":2}]',
    '{"jsonrpc":"2.0","id":1,"result":{"context":{"slot":254108257},"value":{"blockhash":"EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N","lastValidBlockHeight":234126335}}}',
    '{"jsonrpc":"2.0","id":1,"method":"getTransaction","params":["2nBhEBYYvfaAe16UMNqRHre4YNSskvuYgx3M6E4JP1oDYvZEJHvoPzyUidNgNX5r9sTyN1J9UGpe8eUBSvK9mNSj","json"]}',
    '{"method":"sendtoaddress","params":["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",0.001,"","",false,true,null,"unset",null,4]}',
    '{"jsonrpc":"2.0","method":"eth_subscribe","params":["newHeads"],"id":1}',
    '{"jsonrpc":"2.0","method":"eth_feeHistory","params":["0x5","latest",[25,50,75]],"id":1}',
    '{"jsonrpc":"2.0","method":"personal_sign","params":["0x48656c6c6f2c20737570706f727421","0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF"],"id":1}',
    '{"jsonrpc":"2.0","id":4,"error":{"code":-32601,"message":"the method eth_sign does not exist/is not available"}}',
    '{"jsonrpc":"2.0","method":"eth_getCode","params":["0x6B175474E89094C44Da98b954EedeAC495271d0F","latest"],"id":2}',
    'Request: {"id":1,"jsonrpc":"2.0","method":"getAccountInfo","params":["4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T",{"encoding":"base64"}]}\nResponse: {"error":{"code":-32602,"message":"Invalid param: WrongSize"}}',
    '{"jsonrpc":"2.0","method":"wallet_switchEthereumChain","params":[{"chainId":"0x89"}],"id":1}',
    '{"jsonrpc":"2.0","method":"wallet_addEthereumChain","params":[{"chainId":"0xa86a","chainName":"Avalanche C-Chain","nativeCurrency":{"name":"AVAX","symbol":"AVAX","decimals":18},"rpcUrls":["https://api.avax.example/ext/bc/C/rpc"],"blockExplorerUrls":["https://snowtrace.example/"]}],"id":1}',
    '{"jsonrpc":"2.0","id":3,"result":"0x0000000000000000000000000000000000000000000000000de0b6b3a7640000"}  <- so balance = 1e18 wei = 1 token?',
    '{"jsonrpc":"2.0","method":"eth_getStorageAt","params":["0x4Fabb145d64652a948d72533023f6E7A623C7C53","0x0","latest"],"id":1}',
    '{"id":"1","method":"estimatesmartfee","params":[6,"CONSERVATIVE"]}',
    '{"result":{"feerate":0.00012345,"blocks":6},"error":null,"id":"1"}',
    '{"jsonrpc":"2.0","method":"eth_call","params":[{"to":"0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D","data":"0xd06ca61f"},"0x12d6a4c"],"id":12} — reverted with empty data, why?',
    '{"jsonrpc":"2.0","id":1,"method":"simulateTransaction","params":["AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEDArczbMia1tLmq7zz4DinMNN0pJ1JtLdqIJPUw3YrGCzYAMHBsgN27lcgB6H2WQvFgyZuJYHa46puOQo9yQ8CVQbd9uHXZaGT2cvhRs7reawctIXtX1s3kTqM9YV+/wCp",{"encoding":"base64"}]}',
    '{"jsonrpc":"2.0","method":"eth_getBlockByNumber","params":["0x13f1a2b",false],"id":1}',
    '{"jsonrpc":"2.0","method":"trace_filter","params":[{"fromBlock":"0x1","toBlock":"0x2","fromAddress":["0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"]}],"id":1}',
    '{"jsonrpc":"2.0","id":2,"error":{"code":-32005,"message":"query returned more than 10000 results. Try with this block range [0x12A05F2, 0x12A1E4C]."}}',
    '{"jsonrpc":"2.0","method":"txpool_content","params":[],"id":1}  (returns {"pending":{},"queued":{}} on my node — is the mempool empty?)',
    '{"jsonrpc":"2.0","method":"eth_signTypedData_v4","params":["0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826","{\\"types\\":{\\"EIP712Domain\\":[{\\"name\\":\\"name\\",\\"type\\":\\"string\\"}]},\\"primaryType\\":\\"EIP712Domain\\",\\"domain\\":{\\"name\\":\\"Demo\\"},\\"message\\":{}}"],"id":1}',
    '{"jsonrpc":"2.0","id":1,"method":"getTokenAccountsByOwner","params":["CuieVDEDtLo7FypA9SbLM9saXFdb1dsshEkyErMqkRQq",{"mint":"EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"},{"encoding":"jsonParsed"}]}',
    '{"jsonrpc":"2.0","method":"eth_maxPriorityFeePerGas","params":[],"id":1}',
    '{"method":"listunspent","params":[1,9999999,["bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"]],"id":"support-1234"}',
    '{"method":"getmempoolentry","params":["e2a1f1a5d7ab0a95b6c0f2b1e0e9c3a4f5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0"],"id":2} -> error -5 "Transaction not in mempool"',
    '{"jsonrpc":"2.0","id":6,"method":"eth_getProof","params":["0x7F0d15C7FAae65896648C8273B6d7E43f58Fa842",["0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"],"latest"]}',
    '{"jsonrpc":"2.0","method":"eth_newFilter","params":[{"fromBlock":"latest","topics":[null,null,"0x000000000000000000000000a3f1e2d4c5b6a7980716253443526170819a0b1c"]}],"id":1}',
]

LITERALS["solidity_snippet"] = [
    "function withdraw(uint256 amt) external onlyOwner {\n    require(amt <= address(this).balance, \"insufficient\");\n    (bool ok, ) = payable(owner()).call{value: amt}(\"\");\n    require(ok, \"transfer failed\");\n}",
    "mapping(address => uint256) public balanceOf;\nmapping(address => mapping(address => uint256)) public allowance;",
    "modifier onlyOwner() {\n    require(msg.sender == owner, \"not owner\");\n    _;\n}",
    "event Transfer(address indexed from, address indexed to, uint256 value);",
    "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\n\nimport \"@openzeppelin/contracts/token/ERC20/ERC20.sol\";",
    "require(block.timestamp >= unlockTime, \"still locked\"); // is this safe vs. miner manipulation?",
    "uint256 fee = amount * feeBps / 10_000; // 30 bps = 0.3%",
    "function transferFrom(address from, address to, uint256 value) public returns (bool) {\n    uint256 a = allowance[from][msg.sender];\n    if (a != type(uint256).max) { allowance[from][msg.sender] = a - value; }\n    _transfer(from, to, value);\n    return true;\n}",
    "error InsufficientBalance(uint256 available, uint256 required);\n...\nif (bal < amt) revert InsufficientBalance(bal, amt);",
    "function select(uint8 option) external { // picks the vote option\n    require(option < options.length, \"bad option\");\n    votes[msg.sender] = option;\n}",
    "assembly {\n    let ptr := mload(0x40)\n    calldatacopy(ptr, 0, calldatasize())\n    let result := delegatecall(gas(), impl, ptr, calldatasize(), 0, 0)\n}",
    "function _authorizeUpgrade(address newImplementation) internal override onlyOwner {}",
    "bytes32 public constant MINTER_ROLE = keccak256(\"MINTER_ROLE\");",
    "receive() external payable { emit Deposit(msg.sender, msg.value); }",
    "for (uint i = 0; i < recipients.length; i++) {\n    token.transfer(recipients[i], amounts[i]);\n} // airdrop loop — runs out of gas above ~300 recipients",
    "uint256 shares = totalSupply == 0 ? assets : assets * totalSupply / totalAssets();",
    "contract Escrow is ReentrancyGuard {\n    function release() external nonReentrant { ... }\n}",
    "// Why does this revert? token.approve(router, 0); token.approve(router, amount); -- USDT needs the reset to 0 first",
    "struct Order { address maker; uint128 price; uint128 qty; bool isBuy; }",
    "function drop(address[] calldata to, uint256 each) external onlyOwner { // 'drop' = airdrop\n    for (uint256 i; i < to.length; ++i) _mint(to[i], each);\n}",
    "using SafeERC20 for IERC20;\nIERC20(usdc).safeTransferFrom(msg.sender, address(this), amount);",
    "if (msg.value < price || sold >= MAX_SUPPLY) revert SoldOut();",
    "/* Deprecated: use claimV2() */\nfunction claim() external { revert(\"use claimV2\"); }",
    "unchecked { ++i; } // saves gas, i can't overflow here",
    "function exec(address target, bytes calldata data) external onlyOwner returns (bytes memory) {\n    (bool ok, bytes memory ret) = target.call(data);\n    require(ok);\n    return ret;\n}",
    "require(ecrecover(digest, v, r, s) == signer, \"bad sig\");",
    "uint256 constant DELAY = 2 days; // timelock",
    "bool public paused; // toggled by guardian via pause()/unpause()",
    "emit Swap(msg.sender, amount0In, amount1In, amount0Out, amount1Out, to);",
    "function getPrice() public view returns (uint256) {\n    (, int256 answer, , uint256 updatedAt, ) = feed.latestRoundData();\n    require(answer > 0 && block.timestamp - updatedAt < 1 hours, \"stale\");\n    return uint256(answer);\n}",
    "interface IWETH { function deposit() external payable; function withdraw(uint) external; }",
    "address constant DEAD = 0x000000000000000000000000000000000000dEaD;",
    "string memory uri = string(abi.encodePacked(baseURI, tokenId.toString(), \".json\"));",
    "selfdestruct(payable(msg.sender)); // compiler warns this is deprecated after Cancun",
    "function supportsInterface(bytes4 id) public view override returns (bool) {\n    return id == type(IERC721).interfaceId || super.supportsInterface(id);\n}",
    "require(!blacklist[from] && !blacklist[to], \"blocked\");",
    "uint256 amountOut = amountIn * 997 * reserveOut / (reserveIn * 1000 + amountIn * 997);",
    "bytes4 selector = bytes4(keccak256(\"transfer(address,uint256)\")); // 0xa9059cbb",
    "function sleep(uint256 blocksToWait) external { wakeBlock[msg.sender] = block.number + blocksToWait; } // our game's 'sleep' action",
    "function union(uint256 a, uint256 b) internal pure returns (uint256) { return a | b; } // bitmask union of permissions",
    "(uint112 r0, uint112 r1, ) = IUniswapV2Pair(pair).getReserves();",
    "forge test --match-test testWithdraw -vvvv   // fails with [FAIL. Reason: EvmError: Revert]",
    "pragma solidity >=0.7.0 <0.9.0;\ncontract Storage { uint256 number; function store(uint256 n) public { number = n; } }",
    "function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {\n    return this.onERC721Received.selector;\n}",
    "require(to != address(0), \"ERC20: transfer to the zero address\");",
    "uint256 public immutable startTime; // set in constructor, = block.timestamp + 7 days",
    "bytes32 digest = keccak256(abi.encodePacked(\"\\x19\\x01\", DOMAIN_SEPARATOR, structHash));",
    "function system() external view returns (address) { return systemContract; } // naming clash with our 'system' module",
]

LITERALS["cli_command"] = [
    "bitcoin-cli getrawtransaction 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b true",
    "bitcoin-cli -rpcwallet=savings getbalance \"*\" 6",
    "bitcoin-cli bumpfee 9b0fc92260312ce44e74ef369f5c66bbb85848f2eddd5a7a1cde251e54ccfdd5 '{\"fee_rate\": 12}'",
    "bitcoin-cli estimatesmartfee 6 ECONOMICAL",
    "bitcoin-cli getblock $(bitcoin-cli getbestblockhash) 1 | jq '.tx | length'",
    "cast call 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 \"balanceOf(address)(uint256)\" 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045 --rpc-url $ETH_RPC_URL",
    "cast send --ledger 0x6B175474E89094C44Da98b954EedeAC495271d0F \"approve(address,uint256)\" 0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D 0",
    "cast to-wei 0.05 ether && cast from-wei 21000000000 gwei",
    "cast tx 0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b --rpc-url https://eth.llamarpc.example",
    "solana balance 7EYnhQoR9YM3N7UoaKRoA44Uy8JeaZV3qyouov87awMs --url mainnet-beta",
    "solana transfer --from ~/.config/solana/id.json 9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin 0.5 --allow-unfunded-recipient",
    "solana-keygen pubkey ~/.config/solana/id.json",
    "spl-token accounts --owner CuieVDEDtLo7FypA9SbLM9saXFdb1dsshEkyErMqkRQq",
    "geth --datadir /mnt/ssd/geth --http --http.api eth,net,web3 --authrpc.jwtsecret /secrets/jwt.hex",
    "geth attach ~/.ethereum/geth.ipc --exec 'eth.syncing'",
    "bitcoind -daemon -txindex=1 -prune=0 -datadir=/srv/bitcoin",
    "tail -n 200 ~/.bitcoin/debug.log | grep -i 'UpdateTip' | tail -5",
    "lncli payinvoice --fee_limit 500 lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4js",
    "lncli listchannels --active_only | jq '.channels[] | {peer: .remote_pubkey, local: .local_balance}'",
    "npx hardhat run scripts/deploy.ts --network sepolia",
    "forge script script/Deploy.s.sol:Deploy --rpc-url sepolia --broadcast --verify -vvvv",
    "anvil --fork-url $MAINNET_RPC --fork-block-number 19000000",
    "docker run -d --name bitcoind -v /data/btc:/home/bitcoin/.bitcoin -p 8332:8332 bitcoin-core:26 -printtoconsole",
    "electrum --testnet listunspent | jq 'map(.value | tonumber) | add'",
    "cd ../keystore && ls -la UTC--2024-*",
    "cat ~/.bitcoin/bitcoin.conf  # rpcuser/rpcpassword removed before pasting",
    "ethdo wallet accounts --wallet=\"Validators\" --verbose",
    "lighthouse account validator exit --keystore ./validator_keys/keystore-m_12381_3600_0_0_0-1700000000.json --beacon-node http://localhost:5052",
    "monero-wallet-cli --wallet-file ~/wallets/main --daemon-address node.moneroworld.example:18089",
    "sha256sum electrum-4.5.4.tar.gz && gpg --verify electrum-4.5.4.tar.gz.asc",
    "bitcoin-cli -named createwallet wallet_name=\"watch-only\" disable_private_keys=true descriptors=true",
    "bitcoin-cli importdescriptors '[{\"desc\":\"wpkh([d34db33f/84h/0h/0h]xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL/0/*)#abcd1234\",\"timestamp\":\"now\"}]'",
    "bitcoin-cli decoderawtransaction 0200000001aad73931018bd25f84ae400b68848be09db706eac2ac18298babee71ab656f8b0000000048473044022058f6fc7c6a33e1b31548d481c826c015bd30135aad42cd67790dab66d2ad243b02204a1ced2604c6735b6393e5b41691dd78b00f0c5942fb9f751856faa938157dba01feffffff0280f0fa020000000017a9140fb9463421696b82c833af241c78c17ddbde493487d0f20a270100000017a91429ca74f8a08f81999428185c97b5d852e4063f6187650000",
    "cast storage 0x4Fabb145d64652a948d72533023f6E7A623C7C53 0 && cast sig \"transfer(address,uint256)\"",
    "ssh validator@10.0.4.12 'sudo systemctl status prysm-beacon --no-pager'",
    "sudo journalctl -u geth -f --since \"10 min ago\"",
    "curl -s https://mempool.example/api/v1/fees/recommended | jq .fastestFee",
    "ls /var/lib/lighthouse/validators/ | wc -l",
    "export ETH_RPC_URL=https://mainnet.infura.example/v3/<your-project-id>",
    "solana config set --url https://api.devnet.solana.example && solana airdrop 2",
    "near view wrap.near ft_balance_of '{\"account_id\": \"alice.near\"}'",
    "cardano-cli query utxo --address addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3jcu5d8ps7zex2k2xt3uqxgjqnnj83ws8lhrn648jjxtwq2ytjqp --mainnet",
    "python3 -c \"from eth_account import Account; print(Account.create().address)\"  # just testing, not using this key",
    "gpg --decrypt wallet-backup.json.gpg > /tmp/wallet.json; shred -u /tmp/wallet.json",
    "cast wallet sign --interactive \"I own this address, ticket #55123\"",
    "btcpay-setup.sh -i && ./btcpay-restart.sh",
    "bitcoin-cli -rpcwallet=cold walletprocesspsbt \"cHNidP8BAHECAAAAAU...\" true \"ALL\"",
    "kubectl -n nodes logs statefulset/erigon --tail=50 | grep -E 'WARN|ERROR'",
    "for h in 840000 840001 840002; do bitcoin-cli getblockhash $h; done",
]

LITERALS["amount_fee"] = [
    "0.00042 BTC",
    "21 gwei",
    "1.5e-8",
    "Fee: 0.0005 ETH (~$1.60) — seems high for a simple transfer?",
    "Sent 1,000.00 USDT, received 999.00 USDT (1 USDT network fee)",
    "maxFeePerGas = 35 gwei; maxPriorityFeePerGas = 1.5 gwei",
    "4 sat/vB × 141 vB = 564 sats",
    "0,05 BTC",
    "2.5 ETH @ 3,120.44 = $7,801.10",
    "Amount > balance? I have 0.9999 ETH and tried to send 1 ETH minus fees",
    "1 BTC = 100,000,000 sats",
    "1e18 wei = 1 ETH; 1 gwei = 1e9 wei",
    "Withdraw min: 0.001 BTC / 10 USDT / 0.01 ETH",
    "Staking APY 4.2% (was 5.1% last month)",
    "Gas used 21,000 of 21,000 (100%)",
    "Slippage tolerance: 0.5% | Price impact: <0.01%",
    "-0.00002100 BTC (fee)",
    "≈ €1.234,56",
    "Spread bid/ask = 62,001.5 / 62,003.0",
    "Funding rate +0.0100% every 8h",
    "Leverage 10x; liquidation price ≈ 56,780",
    "Amount: 12.345678901234567890 (18 decimals)",
    "Fee tier: maker 0.02% / taker 0.04% (VIP 2)",
    "0.000001 SOL rent? No — 0.00203928 SOL rent-exempt minimum",
    "5,000 sats tip",
    "Total = qty * price + fee = 0.5 * 61,800 + 15.45 = 30,915.45",
    "USD 250.00 => 0.0041 BTC at 60,975.61",
    "Base fee 12.3 gwei + tip 2 gwei = 14.3 gwei",
    "L2 fee 0.000021 ETH + L1 data fee 0.000114 ETH",
    "Lightning: 1 sat base + 1 ppm",
    "0.1 + 0.2 != 0.30000000000000004 — your UI shows the float error!",
    "Amount (in USDC, 6 decimals): 1500000000 = 1,500 USDC",
    "Priority: 'High' (~30 gwei) vs 'Low' (~18 gwei)",
    "Limit 24h withdrawal: 100 BTC; 30d: 1,000 BTC",
    "10% of position (0.35 ETH)",
    "¥150,000 (approx. 0.0160 BTC)",
    "₹ 85,000 → USDT",
    "R$ 5.000,00 via PIX",
    "Dust: 0.00000546 BTC (546 sats)",
    "AUM $1.2B; 24h vol $84M",
    "-3.21% (24h)",
    "Fee = 0.1% × 2 legs ~ 0.2% round trip",
    "1/3 of my BTC → ETH, 2/3 keep",
    "amount=0.25&asset=ETH&network=arbitrum",
    "value: 0x2386f26fc10000 (0.01 ETH)",
    "APR 7.5% ≠ APY 7.78% (daily compounding)",
    "Got 0.0 ETH back from a 0.2 ETH refund??",
    "Minimum order size 5 USDT; step size 0.00001",
    "CHF 1'250.00",
    "200 DOT bonded; 1.37 DOT/era rewards",
]

LITERALS["kyc_note"] = [
    "Customer uploaded passport (DE), expiry 2031-04-12. Selfie matches. Address proof: Stadtwerke bill from March. Approved tier 2.",
    "Name on ID \"O'Connor\" vs account \"OConnor\" — apostrophe stripped at signup. Updated account name to match ID.",
    "Proof of address rejected: bank statement older than 3 months (dated 2024-01-02). Asked customer to re-upload.",
    "Source of funds: sale of apartment in Lisbon, deed + bank transfer confirmation (€312,000) provided. Escalated to EDD per policy > €100k.",
    "PEP screening hit (false positive) — same name as a regional politician in Brazil, different DOB. Cleared.",
    "Customer's surname has diacritics: Ñúñez-García. Our OCR read \"Nunez-Garcia\". Manual override OK.",
    "Video call done with agent #17; customer held ID next to face; liveness passed. Notes: slightly poor lighting.",
    "Company KYB: GmbH, HRB 123456 (Amtsgericht München); UBOs: 2 (50%/50%). Articles of association uploaded.",
    "Requested additional docs: payslips for last 3 months & employment contract (declared income €4,500/month vs deposits €40k/month).",
    "Sanctions check: no matches (OFAC, EU, UN). Adverse media: none.",
    "ID document appears edited (font mismatch in DOB field). Rejected; flagged for fraud team. Do not tell customer the reason.",
    "Customer says they're a student; deposits come from parents' account (Li Wei → Li Ming). Relationship letter uploaded.",
    "Address: 12 Rue de l'Église, 75004 Paris — apt 3B; matches utility bill.",
    "Travel rule info received from counterparty VASP: originator name, account, address. Beneficiary = our user. Stored.",
    "Tier upgrade request: wants 500k/day limit. Needs SoF + SoW. Sent template email #EDD-3.",
    "Customer refused to provide selfie for religious reasons; offered in-person verification at partner office instead (Dubai).",
    "Residence permit (Aufenthaltstitel) accepted in lieu of passport; valid until 2026-09.",
    "DOB mismatch: form says 1990-07-03, ID says 03/07/1990 — same date, US vs EU format. Resolved.",
    "Business account for a DAO-adjacent foundation (Cayman). Legal opinion requested from compliance; holding until answer.",
    "Customer's name too long for field (4 given names). Entered as \"Maria Josefa Carmen Lucía\" + surname \"de la Torre y Sánchez\".",
    "Selfie rejected twice — glare on glasses. Asked to remove glasses; third attempt approved.",
    "Note to self: user's country (Iran) is on restricted list — cannot onboard. Closed application politely with template R-2.",
    "Enhanced due diligence complete; risk score lowered from HIGH to MEDIUM after 6 months of normal activity.",
    "User claims funds came from mining (2014–2017). Provided old pool payout emails + wallet xpub. Chain analysis consistent.",
    "Customer's driving licence (UK) lacks nationality; requested passport as secondary doc.",
    "Name transliteration: Дмитрий Смирнов → Dmitriy Smirnov (passport) vs Dmitry Smirnov (bank). Accepted both as aliases.",
    "Duplicate account detected (same device fingerprint + same DOB). Customer says it's his twin brother. Requested both IDs.",
    "Proof of address: council tax bill 2024/25 — OK.",
    "Wallet screening for deposit 0x3c9a…f1e2: 12% exposure to a mixer. Escalated to AML; deposit on hold pending review.",
    "SAR filed? No — below threshold and explained. Documented rationale in case file KYC-2024-09912.",
    "Customer lives in a care home; POA holder (daughter) manages account. POA document certified by notary. Approved with restrictions.",
    "KYC refresh due (3 years). Sent reminder; account in \"limited\" mode until docs updated.",
    "Hebrew name on ID: יעל כהן; Latin: Yael Cohen. OK.",
    "Japanese My Number card not accepted as primary ID per policy; asked for passport or driver's licence (運転免許証).",
    "Occupation: \"self-employed — web dev & crypto trader\". Income declared ~$80k. Consistent with deposit history.",
    "Applicant under 18 (DOB 2008-02-14). Rejected automatically — minimum age 18.",
    "Failed liveness: photo-of-a-photo detected. Second attempt passed. Monitoring for 30 days.",
    "Utility bill in wife's name; marriage certificate provided to link address. Accepted.",
    "Corporate: LLC (Delaware), EIN provided, director = sole UBO (100%). Website + LinkedIn checked.",
    "Customer changed legal name after marriage (Schmidt → Schmidt-Yilmaz). New ID + certificate uploaded; name updated.",
    "Politically exposed family member (uncle = deputy minister). Classified as PEP-RCA, senior approval obtained.",
    "Customer asked why we need SSN — explained IRS 1099 requirements; they agreed and submitted W-9.",
    "Address includes c/o — \"c/o Hotel Adlon, Unter den Linden 77\" — not acceptable as residential; requested permanent address.",
    "Trust account: trustees x2, beneficiaries listed in schedule A; settlor deceased (death cert). Sent to legal.",
    "Deposits from 6 different bank accounts in one week. Customer explains: consolidating old accounts. Asked for statements.",
    "Rejected: ID expired 2023-11-30.",
    "All good — approved. Ticket can be closed.",
    "Notes from call: customer is blind; uses screen reader; couldn't complete selfie step. Arranged assisted verification.",
]

LITERALS["api_settings"] = [
    "API key label: trading-bot-prod (read + trade, NO withdraw)",
    "IP whitelist: 203.0.113.10, 203.0.113.11/32, 2001:db8::/48",
    "Webhook URL: https://hooks.mystore.example/crypto/callback?secret=<WEBHOOK_SECRET>",
    "X-API-KEY: <YOUR_API_KEY> / X-API-SIGN: HMAC_SHA256(secret, timestamp + method + path + body)",
    "apiKey=xxxxxxxxxxxxxxxxxxxx&secret=**********",
    "Permissions: [x] read  [x] spot trade  [ ] margin  [ ] withdraw",
    "Callback retries: 5 (1m, 5m, 30m, 2h, 12h)",
    "Key name: \"Koinly sync\" — read-only",
    "Redirect URI: http://localhost:3000/oauth/callback",
    "Scopes: wallet:accounts:read wallet:transactions:read",
    "rpc_url=https://polygon-rpc.example; chain_id=137; confirmations=30",
    "Signing string example: 1718000000000GET/api/v3/account?recvWindow=5000",
    "Webhook events: deposit.confirmed, withdrawal.sent, withdrawal.failed",
    "Content-Type: application/json; charset=utf-8",
    "Authorization: Bearer <ACCESS_TOKEN>",
    "Rate limit header seen: X-RateLimit-Remaining: 0; Retry-After: 30",
    "Key rotated on 2024-06-01 — old key 'pk_live_****7Q2' revoked.",
    "ENV vars: EXCHANGE_API_KEY=changeme EXCHANGE_API_SECRET=changeme",
    "recvWindow=5000&timestamp=1718000000000&signature=<hex>",
    "Notification email: treasury+alerts@mycompany.example",
    "Allowed withdrawal addresses: 2 (bc1q…x7, 0x4e…B9)",
    "Sandbox base URL: https://api-sandbox.exchange.example/v1",
    "Custom header name: X-Merchant-Id = m_00231",
    "Timeout = 10s; max body = 1 MB; TLS 1.2+",
    "Webhook secret (placeholder): whsec_REPLACE_ME",
    "FIX session: SenderCompID=ACME_MM TargetCompID=EXCH; heartbeat 30s",
    "Subaccount: mm-desk-02 (spot only); transfer to master allowed",
    "API key status: disabled (no activity 90 days) — please re-enable",
    "Websocket: wss://stream.exchange.example/ws?streams=btcusdt@trade/ethusdt@depth",
    "Label: \"DCA script (cron: 0 9 * * 1)\"",
    "Order tag / clientOrderId prefix: acme-",
    "Cloudflare in front of our webhook: please add your IP ranges to allow-list",
    "Key pair type: Ed25519 (public key uploaded; private key stays on our HSM)",
    "Passphrase: (the one I set when creating the key — I forgot it, can you reset?)",
    "Callback signature header: X-Signature: t=1718000000,v1=<hex digest>",
    "Base currency for PnL: EUR",
    "Trading password requirement: on / off toggle",
    "API docs mention /sapi/v1/capital/withdraw/apply — not allowed for our key type?",
    "Max open orders per symbol: 200",
    "Webhook response must be HTTP 200 within 5 s or it's retried",
    "IP restriction: unrestricted (warning shown) — I'll fix it",
    "Key comment: used by tax tool; delete after April 15",
    "Sender IPs listed in docs: 198.51.100.20, 198.51.100.21",
    "HMAC example in Python: hmac.new(secret.encode(), msg.encode(), hashlib.sha256).hexdigest()",
    "Webhook test payload received: {\"event\":\"ping\",\"data\":{}}",
    "Node.js: const sig = crypto.createHmac('sha256', SECRET).update(ts + body).digest('hex');",
    "Callback path: /api/payments/crypto/notify (POST only)",
    "Read-only key for accountant — expires 2024-12-31",
]

LITERALS["abi_fragment"] = [
    '[{"inputs":[{"internalType":"address","name":"account","type":"address"}],"name":"balanceOf","outputs":[{"internalType":"uint256","name":"","type":"uint256"}],"stateMutability":"view","type":"function"}]',
    '{"anonymous":false,"inputs":[{"indexed":true,"internalType":"address","name":"from","type":"address"},{"indexed":true,"internalType":"address","name":"to","type":"address"},{"indexed":false,"internalType":"uint256","name":"value","type":"uint256"}],"name":"Transfer","type":"event"}',
    '{"inputs":[],"stateMutability":"nonpayable","type":"constructor"}',
    '{"stateMutability":"payable","type":"receive"}',
    '{"inputs":[{"internalType":"uint256","name":"amt","type":"uint256"}],"name":"withdraw","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"uint256","name":"available","type":"uint256"},{"internalType":"uint256","name":"required","type":"uint256"}],"name":"InsufficientBalance","type":"error"}',
    '["function transfer(address to, uint256 amount) returns (bool)", "function decimals() view returns (uint8)", "event Approval(address indexed owner, address indexed spender, uint256 value)"]',
    '{"inputs":[{"components":[{"internalType":"address","name":"tokenIn","type":"address"},{"internalType":"address","name":"tokenOut","type":"address"},{"internalType":"uint24","name":"fee","type":"uint24"},{"internalType":"address","name":"recipient","type":"address"},{"internalType":"uint256","name":"amountIn","type":"uint256"},{"internalType":"uint256","name":"amountOutMinimum","type":"uint256"},{"internalType":"uint160","name":"sqrtPriceLimitX96","type":"uint160"}],"internalType":"struct ISwapRouter.ExactInputSingleParams","name":"params","type":"tuple"}],"name":"exactInputSingle","outputs":[{"internalType":"uint256","name":"amountOut","type":"uint256"}],"stateMutability":"payable","type":"function"}',
    '{"inputs":[{"internalType":"uint8","name":"option","type":"uint8"}],"name":"select","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"address","name":"target","type":"address"},{"internalType":"bytes","name":"data","type":"bytes"}],"name":"exec","outputs":[{"internalType":"bytes","name":"","type":"bytes"}],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"address[]","name":"to","type":"address[]"},{"internalType":"uint256","name":"each","type":"uint256"}],"name":"drop","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"type":"fallback","stateMutability":"payable"}',
    '{"inputs":[],"name":"name","outputs":[{"internalType":"string","name":"","type":"string"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"bytes32","name":"role","type":"bytes32"},{"internalType":"address","name":"account","type":"address"}],"name":"grantRole","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"anonymous":false,"inputs":[{"indexed":true,"internalType":"address","name":"previousOwner","type":"address"},{"indexed":true,"internalType":"address","name":"newOwner","type":"address"}],"name":"OwnershipTransferred","type":"event"}',
    '{"inputs":[{"internalType":"address","name":"spender","type":"address"},{"internalType":"uint256","name":"value","type":"uint256"},{"internalType":"uint256","name":"deadline","type":"uint256"},{"internalType":"uint8","name":"v","type":"uint8"},{"internalType":"bytes32","name":"r","type":"bytes32"},{"internalType":"bytes32","name":"s","type":"bytes32"}],"name":"permit","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"uint256","name":"blocksToWait","type":"uint256"}],"name":"sleep","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    'function getReserves() external view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
    '{"inputs":[],"name":"paused","outputs":[{"internalType":"bool","name":"","type":"bool"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"address","name":"newImplementation","type":"address"},{"internalType":"bytes","name":"data","type":"bytes"}],"name":"upgradeToAndCall","outputs":[],"stateMutability":"payable","type":"function"}',
    '{"inputs":[{"internalType":"uint256","name":"a","type":"uint256"},{"internalType":"uint256","name":"b","type":"uint256"}],"name":"union","outputs":[{"internalType":"uint256","name":"","type":"uint256"}],"stateMutability":"pure","type":"function"}',
    '{"inputs":[{"internalType":"uint256","name":"tokenId","type":"uint256"}],"name":"tokenURI","outputs":[{"internalType":"string","name":"","type":"string"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[],"name":"latestRoundData","outputs":[{"internalType":"uint80","name":"roundId","type":"uint80"},{"internalType":"int256","name":"answer","type":"int256"},{"internalType":"uint256","name":"startedAt","type":"uint256"},{"internalType":"uint256","name":"updatedAt","type":"uint256"},{"internalType":"uint80","name":"answeredInRound","type":"uint80"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"bytes[]","name":"data","type":"bytes[]"}],"name":"multicall","outputs":[{"internalType":"bytes[]","name":"results","type":"bytes[]"}],"stateMutability":"payable","type":"function"}',
    '{"inputs":[],"name":"SoldOut","type":"error"}',
    '{"anonymous":false,"inputs":[{"indexed":true,"internalType":"address","name":"sender","type":"address"},{"indexed":false,"internalType":"uint256","name":"amount0In","type":"uint256"},{"indexed":false,"internalType":"uint256","name":"amount1In","type":"uint256"},{"indexed":false,"internalType":"uint256","name":"amount0Out","type":"uint256"},{"indexed":false,"internalType":"uint256","name":"amount1Out","type":"uint256"},{"indexed":true,"internalType":"address","name":"to","type":"address"}],"name":"Swap","type":"event"}',
    'balanceOf(address) -> 0x70a08231; transfer(address,uint256) -> 0xa9059cbb; approve(address,uint256) -> 0x095ea7b3',
    '{"inputs":[{"internalType":"address","name":"","type":"address"},{"internalType":"address","name":"","type":"address"},{"internalType":"uint256","name":"","type":"uint256"},{"internalType":"bytes","name":"","type":"bytes"}],"name":"onERC721Received","outputs":[{"internalType":"bytes4","name":"","type":"bytes4"}],"stateMutability":"pure","type":"function"}',
    '{"inputs":[],"name":"system","outputs":[{"internalType":"address","name":"","type":"address"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"string","name":"script","type":"string"}],"name":"setRenderScript","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '[\n  "function deposit() payable",\n  "function withdraw(uint256 wad)",\n  "event Deposit(address indexed dst, uint256 wad)",\n  "event Withdrawal(address indexed src, uint256 wad)"\n]',
    '{"inputs":[{"internalType":"address","name":"implementation","type":"address"}],"name":"Upgraded","type":"event","anonymous":false}',
    '{"name":"Error","type":"error","inputs":[{"name":"message","type":"string"}]}  // selector 0x08c379a0',
    '{"inputs":[{"internalType":"uint256","name":"proposalId","type":"uint256"},{"internalType":"uint8","name":"support","type":"uint8"},{"internalType":"string","name":"reason","type":"string"}],"name":"castVoteWithReason","outputs":[{"internalType":"uint256","name":"","type":"uint256"}],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[],"name":"DOMAIN_SEPARATOR","outputs":[{"internalType":"bytes32","name":"","type":"bytes32"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"address","name":"owner","type":"address"},{"internalType":"address","name":"operator","type":"address"}],"name":"isApprovedForAll","outputs":[{"internalType":"bool","name":"","type":"bool"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"address","name":"to","type":"address"},{"internalType":"uint256","name":"id","type":"uint256"},{"internalType":"uint256","name":"amount","type":"uint256"},{"internalType":"bytes","name":"data","type":"bytes"}],"name":"mint","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[],"name":"eval","outputs":[{"internalType":"int256","name":"score","type":"int256"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[{"internalType":"uint256","name":"shares","type":"uint256"},{"internalType":"address","name":"receiver","type":"address"},{"internalType":"address","name":"owner","type":"address"}],"name":"redeem","outputs":[{"internalType":"uint256","name":"assets","type":"uint256"}],"stateMutability":"nonpayable","type":"function"}',
    'event Deposit(address indexed caller, address indexed owner, uint256 assets, uint256 shares)',
    '{"inputs":[{"internalType":"bytes32","name":"node","type":"bytes32"}],"name":"resolver","outputs":[{"internalType":"address","name":"","type":"address"}],"stateMutability":"view","type":"function"}',
    '{"inputs":[],"name":"renounceOwnership","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"address","name":"token","type":"address"},{"internalType":"uint256","name":"amount","type":"uint256"}],"name":"flashLoan","outputs":[],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"string","name":"_password","type":"string"}],"name":"unlock","outputs":[],"stateMutability":"nonpayable","type":"function"}  // CTF level 8, not a real wallet',
    '{"inputs":[{"internalType":"int24","name":"tickLower","type":"int24"},{"internalType":"int24","name":"tickUpper","type":"int24"},{"internalType":"uint128","name":"amount","type":"uint128"}],"name":"burn","outputs":[{"internalType":"uint256","name":"amount0","type":"uint256"},{"internalType":"uint256","name":"amount1","type":"uint256"}],"stateMutability":"nonpayable","type":"function"}',
    '{"inputs":[{"internalType":"uint256","name":"x","type":"uint256"}],"name":"PRBMath_MulDiv18_Overflow","type":"error"}',
]

LITERALS["multilingual_note"] = [
    "Bonjour, mon retrait de 0,25 ETH est bloqué depuis hier soir. L'adresse est correcte, j'ai vérifié deux fois. Merci de m'aider !",
    "Hola, deposité 150 USDT por la red TRC-20 pero no aparece en mi saldo. ¿Cuánto tarda normalmente?",
    "Olá! Fiz um saque via PIX de R$ 2.000,00 e ainda não caiu na minha conta. Pode verificar?",
    "Hallo, die App zeigt „Netzwerkfehler“ beim Öffnen der Wallet. Ich habe es mit WLAN und 5G versucht – gleiches Problem.",
    "Ciao, ho inviato BTC con una commissione troppo bassa (1 sat/vB). La transazione è ancora nella mempool. Cosa posso fare?",
    "Здравствуйте! Не могу вывести USDT — пишет «адрес недействителен», хотя адрес скопирован из Trust Wallet.",
    "您好，我的账户被冻结了，原因是“异常登录”。我今天只是在新手机上登录了一下，请帮我解冻。",
    "こんにちは。ETHの出金手数料が高すぎると思います（0.005 ETH）。ネットワーク手数料が下がったら調整されますか？",
    "안녕하세요, 스테이킹 보상이 3일째 지급되지 않고 있습니다. 확인 부탁드립니다.",
    "Merhaba, hesabımı doğrulamak için pasaport yükledim ama \"belge okunamadı\" hatası alıyorum.",
    "مرحبا، قمت بإيداع 0.1 BTC ولم يظهر في رصيدي بعد 6 تأكيدات. أرجو المساعدة.",
    "שלום, אני לא מצליח להתחבר עם אימות דו-שלבי אחרי שהחלפתי טלפון.",
    "नमस्ते, मेरा INR जमा 2 दिन से पेंडिंग है। UTR नंबर: 4123 8890 1123",
    "Xin chào, tôi đã gửi nhầm mạng (BEP20 thay vì ERC20). Có thể khôi phục được không?",
    "Dzień dobry, nie otrzymałem nagrody za polecenie znajomego (kod: ANNA2024). Proszę o sprawdzenie.",
    "Goedendag, mijn SEPA-storting van €500 is nog niet bijgeschreven. Referentie heb ik correct ingevuld.",
    "Hej! Jag kan inte ta ut mina SEK till banken – felkod 4012. Vad betyder det?",
    "Γεια σας, η συναλλαγή μου έχει κολλήσει σε κατάσταση «σε εκκρεμότητα» εδώ και 5 ώρες.",
    "Привіт! Хочу закрити акаунт, але на балансі залишився пил 0.00000211 BTC. Як його вивести?",
    "Selamat siang, saya lupa memo/tag saat deposit XRP. Apakah dana bisa dikembalikan?",
    "สวัสดีครับ ผมโอน USDT ไปแล้วแต่ยอดยังไม่เข้า กรุณาตรวจสอบด้วยครับ",
    "Ahoj, po aktualizaci aplikace vidím zůstatek 0 Kč, ale na blockchainu mám 0,3 ETH.",
    "Szia! A kétfaktoros hitelesítésnél nem jön meg az SMS-kód.",
    "Bonjour — l'API renvoie « signature invalide » alors que j'utilise HMAC-SHA256 comme dans la doc. Le secret contient un « / », ça pose problème ?",
    "Hola equipo: ¿por qué la comisión de retiro de BTC es 0.0002 y no 0.0001 como dice la página de tarifas?",
    "Guten Tag, ich möchte meine Steuerunterlagen 2023 (Gewinne & Verluste) als PDF exportieren – wo finde ich das?",
    "您好：我想问一下，ETH 质押赎回需要多长时间？页面显示“处理中”。",
    "ご担当者様、本人確認書類（マイナンバーカード）が却下されました。理由を教えてください。",
    "Buongiorno, vorrei sapere se è possibile cambiare l'email associata all'account (quella vecchia non esiste più).",
    "Olá, a taxa de rede para saque de USDT (ERC-20) está em 12 USDT?! Tem alguma rede mais barata?",
    "Добрый день. Перевёл 0,5 ETH на адрес контракта токена по ошибке. Есть ли шанс вернуть?",
    "Hi, mi scusi for my English — the withdrawal to Binance show \"completed\" but Binance says not received. TXID attached.",
    "Merci pour votre aide rapide, tout est rentré dans l'ordre. Bonne journée ! 🙏",
    "Danke! Das Problem mit der Ledger-Verbindung ist gelöst – es lag am USB-Kabel.",
    "Muchas gracias, ya me llegaron los fondos. Pueden cerrar el ticket.",
    "谢谢！问题已解决。",
    "ありがとうございました。解決しました。",
    "Kiitos! Nosto onnistui lopulta.",
    "Tak for hjælpen – indbetalingen er nu synlig.",
    "Bună ziua, nu pot activa 2FA — codul QR nu se încarcă în aplicație.",
    "Здравейте, как да сменя телефонния номер за SMS потвърждение?",
    "Halo kak, saldo USDT saya berkurang 5 USDT tanpa transaksi. Mohon dicek ya.",
    "Sawubona, I'm writing from South Africa: ZAR deposits via EFT take 3 days, is that normal?",
    "Bonjour, est-ce que le staking de SOL est disponible pour les résidents français ? Merci d'avance.",
    "Hola! Mi orden límite de compra a 58.000 USD no se ejecutó aunque el precio bajó a 57.950. ¿Por qué?",
    "Kumusta! Naipadala ko ang 0.02 BTC pero wala pa rin sa account ko after 2 hours.",
    "Salam, pul çıxarışı zamanı \"limit aşılıb\" yazır. Gündəlik limit nə qədərdir?",
    "Sveiki, kodėl mano paskyra buvo apribota? Nieko neįprasto nedariau.",
    "Përshëndetje, a mund të më ndihmoni me verifikimin e llogarisë?",
    "Jó napot! A tranzakciós díj 0,0005 BTC volt, de a blokkláncon 0,0002 BTC látszik. Hova lett a különbség?",
    "Hallo – ich habe versehentlich den Vertrag mit „select all tokens“ genehmigt. Sollte ich die Freigaben jetzt widerrufen (revoke)?",
    "Bonjour, j'ai un souci avec l'export CSV : les montants utilisent « , » comme séparateur décimal et « ; » comme séparateur de colonnes, Excel mélange tout.",
]


# ---------------------------------------------------------------------------
# Templates (small, over hand-written pools)
# ---------------------------------------------------------------------------

TICKET_OPEN = [
    "Hi, my withdrawal", "Hello support, my deposit", "Hey, the transfer",
    "Good morning — my payment", "Hi team, the swap",
]
TICKET_PROBLEM = [
    "is still pending after {h} hours", "shows \"failed\" but funds left my wallet",
    "was credited twice (I'll return the extra)", "never arrived although the explorer says success",
    "is stuck with status \"awaiting approval\" for {h}h",
]
TICKET_ASSET = ["0.{d} BTC", "{n} USDT", "0.{d} ETH", "{n} USDC", "{n}.5 SOL"]
TICKET_CLOSE = [
    "Tx: {tx}", "Hash is {tx} — please check.", "TXID {tx}. Thanks!",
    "Explorer link: https://etherscan.example/tx/{tx}", "Ref {tx}, thx",
]


def tpl_ticket(rng):
    tx = rng.choice([fake_txid(rng), fake_btc_txid(rng)])
    s = "{} of {} {}. {}".format(
        rng.choice(TICKET_OPEN),
        rng.choice(TICKET_ASSET).format(d=rng.randint(1, 999), n=rng.randint(10, 9000)),
        rng.choice(TICKET_PROBLEM).format(h=rng.randint(2, 48)),
        rng.choice(TICKET_CLOSE).format(tx=tx),
    )
    return s


LABEL_WORDS = [
    "Savings", "Trading", "Cold", "Hot wallet", "Payroll", "Grandma", "Tax",
    "Vacation fund", "Exchange deposit", "Bot", "Vault", "Hardware #1",
]
LABEL_SUFFIX = [
    "(Ledger)", "— do not reuse", "/ m/44'/60'/{a}'/0/{i}", "[{net}]", "& backups",
    "— max {n} ETH", "<{net} only>",
]
NETS = ["mainnet", "Sepolia", "Arbitrum", "Base", "Polygon", "Optimism"]


def tpl_label(rng):
    addr = rng.choice([fake_eth(rng), fake_bc1(rng), fake_sol(rng)])
    suf = rng.choice(LABEL_SUFFIX).format(
        a=rng.randint(0, 4), i=rng.randint(0, 20), net=rng.choice(NETS), n=rng.randint(1, 5))
    return "{} {} {}".format(rng.choice(LABEL_WORDS), suf, addr)


RPC_METHODS = [
    ("eth_getBalance", lambda r: '["{}","latest"]'.format(fake_eth(r))),
    ("eth_getTransactionByHash", lambda r: '["{}"]'.format(fake_txid(r))),
    ("eth_getTransactionCount", lambda r: '["{}","pending"]'.format(fake_eth(r))),
    ("eth_getTransactionReceipt", lambda r: '["{}"]'.format(fake_txid(r))),
    ("eth_getBlockByNumber", lambda r: '["0x{:x}",true]'.format(r.randint(18000000, 20000000))),
]


def tpl_jsonrpc(rng):
    m, p = rng.choice(RPC_METHODS)
    return '{{"jsonrpc":"2.0","method":"{}","params":{},"id":{}}}'.format(m, p(rng), rng.randint(1, 999))


SOL_TYPES = ["uint256", "address", "bool", "bytes32", "uint128", "int24"]
SOL_NAMES = ["amount", "recipient", "deadline", "nonce", "shares", "tokenId", "limit", "fee"]
SOL_FUNCS = ["setFee", "setLimit", "claimFor", "stake", "unstake", "rescueTokens", "setTreasury", "updateOracle"]
SOL_BODIES = [
    "require({n} != 0, \"zero\");\n    {n}Stored = {n};",
    "emit Updated(msg.sender, {n});",
    "_check{F}({n});\n    lastUpdate = block.timestamp;",
    "if ({n} > MAX_{N}) revert TooLarge();\n    {n}s[msg.sender] = {n};",
]
SOL_MODS = ["external", "external onlyOwner", "public whenNotPaused", "external nonReentrant"]


def tpl_solidity(rng):
    t = rng.choice(SOL_TYPES)
    n = rng.choice(SOL_NAMES)
    f = rng.choice(SOL_FUNCS)
    body = rng.choice(SOL_BODIES).format(n=n, F=f[0].upper() + f[1:], N=n.upper())
    return "function {}({} {}) {} {{\n    {}\n}}".format(f, t, n, rng.choice(SOL_MODS), body)


CLI_TPL = [
    lambda r: "bitcoin-cli gettransaction {}".format(fake_btc_txid(r)),
    lambda r: "cast balance {} --ether --rpc-url $RPC".format(fake_eth(r)),
    lambda r: "cast receipt {} status".format(fake_txid(r)),
    lambda r: "solana balance {}".format(fake_sol(r)),
    lambda r: "bitcoin-cli getblockhash {} && bitcoin-cli getblockheader $(bitcoin-cli getblockhash {})".format(
        *([r.randint(800000, 860000)] * 2)),
    lambda r: "cast nonce {} | xargs echo next nonce:".format(fake_eth(r)),
]


def tpl_cli(rng):
    return rng.choice(CLI_TPL)(rng)


ASSETS = ["BTC", "ETH", "USDT", "USDC", "SOL", "DOT", "ADA", "MATIC", "LTC", "XRP"]
AMOUNT_FMT = [
    "{a} {s}", "{a} {s} (fee {f} {s})", "Send {a} {s} — network fee ~{f}",
    "{a} {s} ≈ ${u}", "Received {a} {s}; expected {b} {s}",
]


def tpl_amount(rng):
    a = "{:.{}f}".format(rng.uniform(0.0001, 50), rng.choice([4, 6, 8]))
    b = "{:.4f}".format(rng.uniform(0.0001, 50))
    f = "{:.6f}".format(rng.uniform(0.00001, 0.01))
    u = "{:,.2f}".format(rng.uniform(5, 90000))
    return rng.choice(AMOUNT_FMT).format(a=a, b=b, f=f, u=u, s=rng.choice(ASSETS))


KYC_DOCS = ["passport", "national ID card", "driving licence", "residence permit"]
KYC_COUNTRIES = ["FR", "ES", "IT", "PL", "NL", "PT", "IE", "AT", "BR", "JP", "KR", "CA"]
KYC_OUTCOMES = [
    "Approved tier {t}.", "Rejected — blurry photo; asked to re-upload.",
    "Pending: proof of address missing.", "Escalated to compliance (SoF > €{k}k).",
    "Approved after manual review; name order differs (surname first).",
]


def tpl_kyc(rng):
    return "{} ({}) uploaded, expiry 20{}-{:02d}-{:02d}. Selfie {}. {}".format(
        rng.choice(KYC_DOCS).capitalize(), rng.choice(KYC_COUNTRIES),
        rng.randint(25, 35), rng.randint(1, 12), rng.randint(1, 28),
        rng.choice(["matches", "OK", "matches (glasses)", "re-taken, OK"]),
        rng.choice(KYC_OUTCOMES).format(t=rng.randint(1, 3), k=rng.choice([50, 100, 250])))


API_LABELS = ["tax-export", "grid-bot", "portfolio-tracker", "market-maker", "treasury-read", "dca"]
API_PERMS = ["read-only", "read + trade", "read + trade (no withdraw)", "read + transfer between subaccounts"]


def tpl_api(rng):
    return "Key '{}-{}' ({}); IP allow-list 203.0.113.{}/32; created {}-{:02d}-{:02d}; secret: <REDACTED>".format(
        rng.choice(API_LABELS), rng.randint(1, 99), rng.choice(API_PERMS), rng.randint(1, 254),
        rng.choice([2023, 2024]), rng.randint(1, 12), rng.randint(1, 28))


ABI_NAMES = ["setFee", "claim", "stake", "unstake", "harvest", "compound", "setOperator", "sweep"]


def tpl_abi(rng):
    name = rng.choice(ABI_NAMES)
    t = rng.choice(SOL_TYPES)
    n = rng.choice(SOL_NAMES)
    mut = rng.choice(["nonpayable", "payable", "view"])
    return ('{{"inputs":[{{"internalType":"{t}","name":"{n}{i}","type":"{t}"}}],"name":"{name}",'
            '"outputs":[],"stateMutability":"{m}","type":"function"}}').format(
        t=t, n=n, i=rng.randint(0, 9), name=name, m=mut)


ML_TPL = [
    "Bonjour, ma transaction {tx} est en attente depuis {h} heures.",
    "Hola, mi depósito {tx} no aparece después de {h} horas.",
    "Hallo, meine Auszahlung ({tx}) hängt seit {h} Stunden.",
    "您好，交易 {tx} 已经 {h} 小时还没到账。",
    "こんにちは、取引 {tx} が{h}時間経っても反映されません。",
    "Olá, a transação {tx} está pendente há {h} horas.",
    "Здравствуйте, транзакция {tx} висит уже {h} ч.",
]


def tpl_multilingual(rng):
    return rng.choice(ML_TPL).format(tx=rng.choice([fake_txid(rng), fake_btc_txid(rng)]), h=rng.randint(2, 72))


TEMPLATES = {
    "ticket_description": tpl_ticket,
    "address_label": tpl_label,
    "jsonrpc_paste": tpl_jsonrpc,
    "solidity_snippet": tpl_solidity,
    "cli_command": tpl_cli,
    "amount_fee": tpl_amount,
    "kyc_note": tpl_kyc,
    "api_settings": tpl_api,
    "abi_fragment": tpl_abi,
    "multilingual_note": tpl_multilingual,
}

CATEGORIES = list(TEMPLATES.keys())


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat in CATEGORIES:
        lits = LITERALS[cat]
        assert len(lits) <= PER_CATEGORY, cat
        assert len(lits) >= MIN_LITERAL_SHARE * PER_CATEGORY, (cat, len(lits))
        n_lit = 0
        for v in lits:
            assert v not in seen, ("duplicate literal", cat, v)
            seen.add(v)
            rows.append((cat, v))
            n_lit += 1
        tries = 0
        while sum(1 for c, _ in rows if c == cat) < PER_CATEGORY:
            tries += 1
            assert tries < 10000, cat
            v = TEMPLATES[cat](rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, v))
        stats.append((cat, PER_CATEGORY, n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    lines = []
    for i, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v[:60])
        obj = {"id": "{}-{:05d}".format(PREFIX, i), "category": cat, "label": "benign", "value": v}
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)

    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print("{:<20} {:>4}  literals {:>3}".format(cat, n, nl))
    print("total {:>4}  literals {:>4}  -> {}".format(len(rows), total_lit, out.name))


if __name__ == "__main__":
    main()
