"""Benign held-out values for a chess and board-game club site.

Every literal below was hand-written for this corpus: PGN game records, FEN
positions, move annotations, pairings/crosstables, rating notes, opening and ECO
talk, puzzle descriptions, other board games' notations, club announcements and
multilingual notes. Small template functions combine hand-written pools to fill
each category up to its target size. Output: benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 7501
PREFIX = "hb75"
PER_CATEGORY = 80

# ---------------------------------------------------------------- pgn
PGN = [
    '[Event "Club Open"]\n[Site "Harrogate"]\n[Date "2024.02.17"]\n[Round "2.4"]\n[White "O\'Connor, Niamh"]\n[Black "Patel, Ravi"]\n[Result "1-0"]\n[ECO "C65"]\n\n1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. O-O Nxe4 5. Re1 Nd6 6. Nxe5 Be7 7. Bf1 Nxe5 8. Rxe5 O-O 9. d4 Bf6 10. Re1 Re8 {Berlin, but not the endgame} 11. c3 Rxe1 12. Qxe1 Ne8 1-0',
    '1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 {Nimzo} 4. Qc2 O-O 5. a3 Bxc3+ 6. Qxc3 b6 7. Bg5 Bb7 8. f3 h6 9. Bh4 d5 1/2-1/2',
    '[Event "Thursday Blitz"]\n[White "D\'Souza, A."]\n[Black "Nguyễn, Minh"]\n[Result "0-1"]\n[TimeControl "180+2"]\n\n1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6 8. f3 Be7 9. Qd2 O-O 10. O-O-O Nbd7 11. g4 b5 12. g5 b4 13. Ne2 Ne8 14. f4 a5 15. f5 a4 16. Nbd4 exd4 17. Nxd4 b3 0-1',
    '1. e4 e6 2. d4 d5 3. Nd2 c5 4. exd5 Qxd5 5. Ngf3 cxd4 6. Bc4 Qd6 7. O-O Nf6 8. Nb3 Nc6 9. Nbxd4 Nxd4 10. Nxd4 a6 {Tarrasch with ...Qxd5, the "boring" line that isn\'t} *',
    '[Annotator "Hughes, \\"Doc\\" M."]\n1. c4 e5 2. Nc3 Nf6 3. Nf3 Nc6 4. g3 d5 5. cxd5 Nxd5 6. Bg2 Nb6 7. O-O Be7 8. d3 O-O 9. a3 Be6 10. b4 $5 a5 11. b5 Nd4 12. Nd2 $1 1-0',
    '1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. c3 Nf6 5. d4 exd4 6. cxd4 Bb4+ 7. Bd2 Bxd2+ 8. Nbxd2 d5 9. exd5 Nxd5 10. Qb3 Nce7 11. O-O O-O 12. Rfe1 c6 ; Giuoco Piano, old main line\n13. a4 Qb6 1/2-1/2',
    '1. d4 d5 2. c4 c6 3. Nf3 Nf6 4. Nc3 dxc4 5. a4 Bf5 6. e3 e6 7. Bxc4 Bb4 8. O-O O-O 9. Qe2 Nbd7 10. e4 Bg6 11. Bd3 Bh5 12. e5 Nd5 13. Nxd5 cxd5 14. Qe3 Bg6 15. Ng5 Re8 16. f4 Bxd3 17. Qxd3 f5 {[%clk 0:12:41]} 18. Be3 Nf8 0-1',
    '[Event "County League Div 2"]\n[Site "Scout Hut, Mill Lane"]\n[Round "-"]\n[White "Wójcik, Paweł"]\n[Black "Fernández-Ruiz, Inés"]\n[Result "1/2-1/2"]\n\n1. Nf3 d5 2. g3 Nf6 3. Bg2 e6 4. O-O Be7 5. d3 O-O 6. Nbd2 c5 7. e4 Nc6 8. Re1 b5 {KIA vs. the ...b5 setup} 1/2-1/2',
    '1. e4 c6 2. d4 d5 3. e5 Bf5 4. Nf3 e6 5. Be2 c5 6. Be3 cxd4 7. Nxd4 Ne7 8. c4 Nbc6 9. Qa4 dxc4 10. Nc3 a6 (10... Qa5 11. Qxa5 Nxa5 12. Nxf5 Nxf5 13. Bxc4 =) 11. Nxf5 Nxf5 12. Bxc4 Bb4 +/= *',
    '1. e4 e5 2. f4 exf4 3. Nf3 g5 4. h4 g4 5. Ne5 Nf6 6. Bc4 d5 7. exd5 Bd6 8. d4 Nh5 9. O-O Qxh4 10. Qe1 Qxe1 11. Rxe1 O-O {King\'s Gambit, Kieseritzky. Yes, I really played this in a rated game} 0-1',
    '[Event "Simul vs. GM Ortega"]\n[White "Ortega, GM"]\n[Black "Kim, Ji-woo (age 11)"]\n[Result "1/2-1/2"]\n[Termination "agreed"]\n\n1. e4 e5 2. Nf3 Nc6 3. d4 exd4 4. Nxd4 Nf6 5. Nxc6 bxc6 6. e5 Qe7 7. Qe2 Nd5 8. c4 Ba6 9. b3 g5!? 10. Ba3 d6 1/2-1/2',
    '1. d4 Nf6 2. c4 g6 3. Nc3 Bg7 4. e4 d6 5. Nf3 O-O 6. Be2 e5 7. O-O Nc6 8. d5 Ne7 9. Ne1 Nd7 10. Nd3 f5 11. Bd2 Nf6 12. f3 f4 13. c5 g5 14. Rc1 Ng6 15. cxd6 cxd6 16. Nb5 Rf7 17. Qc2 Ne8 18. a4 h5 19. Nf2 Bf8 20. h3 Rg7 -- classic race, both sides go "all in" *',
    '1. e4 d5 2. exd5 Qxd5 3. Nc3 Qa5 4. d4 Nf6 5. Nf3 Bf5 6. Bc4 e6 7. Bd2 c6 8. Qe2 Bb4 9. Ne5 Nbd7 10. a3 Bxc3 11. Bxc3 Qc7 12. g4 Bg6 13. h4 h5 14. Nxg6 fxg6 15. g5 Nd5 16. Bd2 O-O-O {Scandi, the solid line} 1/2-1/2',
    '[Event "Club Championship 2023/24"]\n[Round "7"]\n[White "Abernethy, Colin"]\n[Black "Zhang, Wei"]\n[Result "0-1"]\n[WhiteElo "1912"]\n[BlackElo "2034"]\n[PlyCount "84"]\n\n1. e4 c5 2. c3 Nf6 3. e5 Nd5 4. d4 cxd4 5. Nf3 Nc6 6. cxd4 d6 7. Bc4 Nb6 8. Bb5 dxe5 9. Nxe5 Bd7 0-1',
    '1. e4 e5 2. Nf3 Nf6 3. Nxe5 d6 4. Nf3 Nxe4 5. d4 d5 6. Bd3 Nc6 7. O-O Be7 8. c4 Nb4 9. Be2 O-O 10. Nc3 Bf5 11. a3 Nxc3 12. bxc3 Nc6 13. Re1 Re8 14. cxd5 Qxd5 {Petroff. "Drawish"? Not at our level.} 15. Bf4 Rac8 1-0',
    '1. g3 e5 2. Bg2 d5 3. d3 Nf6 4. Nf3 Nc6 5. O-O Be7 6. c4 d4 7. e3 O-O 8. exd4 exd4 9. Bg5 Bd6 10. Nbd2 h6 11. Bxf6 Qxf6 12. Ne4 Qe7 13. Nxd6 cxd6 14. Nh4 Qg5 {Game 3 from the Tuesday ladder; clocks lost at move 40 so times are approximate}',
    '1. d4 d5 2. Bf4 Nf6 3. e3 c5 4. c3 Nc6 5. Nd2 e6 6. Ngf3 Bd6 7. Bg3 O-O 8. Bd3 b6 9. Ne5 Bb7 10. f4 Ne7 11. Qf3 Nf5 12. Bf2 Ne4 13. g4 Nxd2 14. Kxd2 Nh6 15. Rag1 f6 16. Nd7 {London System; yes it\'s boring; no I will not stop playing it} 1-0',
    '1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 O-O 8. c3 d5 9. exd5 Nxd5 10. Nxe5 Nxe5 11. Rxe5 c6 12. d4 Bd6 13. Re1 Qh4 14. g3 Qh3 15. Be3 Bg4 16. Qd3 Rae8 17. Nd2 Re6 18. a4 Qh5 $13 {Marshall Attack; I followed theory to move 18 and then forgot everything}',
    '[Event "Rapid 15+10"]\n[Site "Online (club arena)"]\n[White "knightrider_77"]\n[Black "pawnstorm-liz"]\n[Result "1-0"]\n[Termination "Black resigned"]\n\n1. e4 e5 2. Nf3 d6 3. d4 Nd7 4. Bc4 c6 5. Ng5 Nh6 6. O-O Be7 7. Ne6 fxe6 8. Bxh6 gxh6 9. Qh5+ Kf8 10. Qxh6+ Ke8 1-0',
    '1. Nf3 Nf6 2. c4 b6 3. g3 Bb7 4. Bg2 c5 5. O-O g6 6. Nc3 Bg7 7. d4 cxd4 8. Qxd4 d6 9. Rd1 Nbd7 10. b3 Rc8 11. Bb2 O-O 12. Qe3 Re8 13. Rac1 a6 14. Ba1 Rc7 15. Nd4 Bxg2 16. Kxg2 Qa8+ 17. f3 e6 {Hedgehog. Patience tested; patience failed.} 1/2-1/2',
    '1. e4 e5 2. Nc3 Nf6 3. f4 d5 4. fxe5 Nxe4 5. Nf3 Be7 6. d4 O-O 7. Bd3 f5 8. exf6 Nxf6 9. O-O Nc6 10. Ne2 Bg4 11. c3 Qd7 12. Ng3 Rae8 {Vienna Gambit, the "Steinitz" line} 0-1',
    '[Event "Junior Section - Under 12"]\n[White "Evans, Tom"]\n[Black "Evans, Ella"]\n[Result "0-1"]\n[Annotator "Coach R."]\n\n1. e4 e5 2. Qh5 Nc6 3. Bc4 g6 4. Qf3 Nf6 5. Ne2 Bg7 6. Nbc3 d6 7. d3 Bg4 8. Qg3 Nd4 9. Nxd4 exd4 10. Nd5 Nxd5 11. Bxd5 c6 {Sibling rivalry: Ella refused the early queen bait} 0-1',
    '1. d4 f5 2. g3 Nf6 3. Bg2 g6 4. Nf3 Bg7 5. O-O O-O 6. c4 d6 7. Nc3 Qe8 8. d5 a5 9. Be3 Na6 10. Rb1 Bd7 11. a3 c6 12. Bd4 h6 13. Qd2 g5 (13... Kh7 14. b4 axb4 15. axb4 =) 14. b4 c5 15. Be3 *',
    '1. e4 e5 2. Nf3 Nc6 3. Nc3 Nf6 4. d4 exd4 5. Nxd4 Bb4 6. Nxc6 bxc6 7. Bd3 d5 8. exd5 cxd5 9. O-O O-O 10. Bg5 c6 11. Qf3 Be7 12. Rae1 Rb8 13. b3 Rb4 14. h3 h6 15. Bxh6 gxh6 16. Qe3 Kg7 17. Qe5 Bd6 18. Qg3+ Kh8 19. Qh4 Rg8 ; four knights, draw by repetition\n1/2-1/2',
    '[Event "Casual"]\n[Site "The Crown & Anchor, back room"]\n[Date "2024.??.??"]\n[White "Me"]\n[Black "Uncle Bob"]\n[Result "*"]\n\n1. e4 e5 2. Bc4 Nf6 3. d3 c6 4. Nf3 d5 5. Bb3 Bd6 6. Nc3 dxe4 7. Ng5 O-O 8. Ngxe4 Nxe4 9. Nxe4 Bf5 {we went to the bar at this point} *',
    '1. c4 c5 2. Nc3 Nc6 3. g3 g6 4. Bg2 Bg7 5. Nf3 e6 6. O-O Nge7 7. d3 O-O 8. Bd2 d5 9. a3 b6 10. Rb1 Bb7 11. b4 cxb4 12. axb4 dxc4 13. dxc4 Nxb4 14. Qb3 Nbc6 15. Rfd1 Qc7 {Symmetrical English; the position is level but not dead} 1/2-1/2',
    '1. e4 c5 2. Nf3 e6 3. d4 cxd4 4. Nxd4 Nc6 5. Nc3 Qc7 6. Be3 a6 7. Qd2 Nf6 8. O-O-O Bb4 9. f3 Ne5 10. Nb3 b5 11. Qe1 Be7 12. f4 Nc4 13. Bd4 Bb7 14. e5 Nd5 15. Nxd5 Bxd5 16. Kb1 Rc8 17. Qg3 O-O 18. f5 Bg5 0-1',
    '1. d4 e6 2. c4 Bb4+ 3. Bd2 Qe7 4. Nf3 Nf6 5. g3 Nc6 6. Nc3 Bxc3 7. Bxc3 Ne4 8. Rc1 O-O 9. Bg2 d6 10. d5 Nxc3 11. Rxc3 Nb8 12. dxe6 fxe6 13. O-O e5 14. Nd2 c6 15. Nb3 Bg4 16. h3 Be6 17. Qd2 Nd7 *',
    '1. e4 e5 2. Nf3 Nc6 3. Bb5 f5 4. Nc3 fxe4 5. Nxe4 d5 6. Nxe5 dxe4 7. Nxc6 Qg5 8. Qe2 Nf6 9. f4 Qxf4 10. Ne5+ c6 11. d4 Qh4+ 12. g3 Qh3 13. Bc4 Be6 14. Bg5 O-O-O 15. O-O-O Bd6 {Schliemann - unsound? Maybe. Fun? Definitely.} 1/2-1/2',
    '[Event "Correspondence League 2022"]\n[Site "ICCF-style, by email"]\n[White "Lindqvist, Åsa"]\n[Black "Barrett, Hugh"]\n[Result "1/2-1/2"]\n[EventDate "2022.01.15"]\n\n1. d4 Nf6 2. c4 e6 3. Nf3 d5 4. Nc3 Be7 5. Bf4 O-O 6. e3 c5 7. dxc5 Bxc5 8. Qc2 Nc6 9. a3 Qa5 10. Rd1 Rd8 11. Be2 Qa5 1/2-1/2',
    '1. e4 g6 2. d4 Bg7 3. Nc3 d6 4. Be3 a6 5. Qd2 b5 6. f3 Nd7 7. h4 h5 8. Nh3 Bb7 9. Ng5 c5 10. dxc5 Nxc5 11. O-O-O Qa5 12. Kb1 b4 13. Nd5 Bxd5 14. exd5 Nd7 {Pirc/Modern "St George" style; white\'s h-pawn did nothing} *',
    '1. b3 e5 2. Bb2 Nc6 3. e3 d5 4. Bb5 Bd6 5. f4 Qh4+ 6. g3 Qe7 7. Nf3 f6 8. Nc3 Be6 9. fxe5 fxe5 10. e4 d4 11. Nd5 Bxd5 12. exd5 a6 13. Bxc6+ bxc6 {Larsen\'s Opening. Our treasurer insists it\'s "sound".} 0-1',
    '1. e4 e5 2. Nf3 Nc6 3. Bc4 Nf6 4. Ng5 d5 5. exd5 Na5 6. Bb5+ c6 7. dxc6 bxc6 8. Be2 h6 9. Nf3 e4 10. Ne5 Bd6 11. d4 exd3 12. Nxd3 Qc7 13. h3 O-O 14. Nc3 Rd8 15. Bd2 Nb7 16. Qc1 Nd5 ; Two Knights, 4.Ng5 - the "fried liver" never happened\n1-0',
    '1. d4 d5 2. c4 e6 3. Nc3 Nf6 4. cxd5 exd5 5. Bg5 c6 6. Qc2 Be7 7. e3 Nbd7 8. Bd3 O-O 9. Nge2 Re8 10. O-O Nf8 11. f3 Be6 12. Rad1 Rc8 13. Kh1 N6d7 14. Bxe7 Qxe7 15. e4 dxe4 16. fxe4 Bg4 {Carlsbad structure, minority attack never came} 1/2-1/2',
    '1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Bxc6 dxc6 5. O-O f6 6. d4 Bg4 7. c3 Bd6 8. Be3 Qe7 9. Nbd2 O-O-O 10. Qa4 Kb8 11. Rfe1 Nh6 12. h3 Bd7 13. Qc2 Nf7 14. a4 g5 -- Exchange Spanish; the bishop pair vs. the better structure\n0-1',
    '[Event "Lightning 1+0 (for fun)"]\n[Result "0-1"]\n\n1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. b4 Bxb4 5. c3 Ba5 6. d4 exd4 7. O-O Nge7 8. Ng5 d5 9. exd5 Nxd5 10. Nxf7 Kxf7 11. Qf3+ Ke6 12. Re1+ Nce7 13. Bxd5+ Kd7 {flagged} 0-1',
    '1. Nf3 d5 2. c4 d4 3. b4 c5 4. Bb2 f6 5. e3 e5 6. bxc5 Bxc5 7. exd4 exd4 8. Bd3 Ne7 9. O-O O-O 10. Re1 Nbc6 11. a3 a5 12. Nh4 Bd6 13. Qh5 g6 14. Nxg6 hxg6 15. Bxg6 Nxg6 16. Qxg6+ Kh8 17. Re4 f5 0-1 {Reti with b4: don\'t try this at home}',
    '1. e4 Nf6 2. e5 Nd5 3. d4 d6 4. Nf3 dxe5 5. Nxe5 c6 6. Be2 Bf5 7. O-O Nd7 8. Nf3 e6 9. c4 N5f6 10. Nc3 Be7 11. Nh4 Bg6 12. Nxg6 hxg6 13. Bf4 O-O 14. Qb3 Qb6 15. Rad1 Rfd8 {Alekhine. Solid enough.} 1/2-1/2',
    '[Event "Team Match: Castlegate vs. St. Albans B"]\n[Board "4"]\n[White "Okafor, Chidi"]\n[Black "Sørensen, Mette"]\n[Result "1-0"]\n\n1. d4 Nf6 2. Nf3 g6 3. Bg5 Bg7 4. Nbd2 O-O 5. e3 d6 6. Bd3 Nbd7 7. c3 e5 8. O-O h6 9. Bh4 Qe8 10. e4 Nh5 11. Re1 Nf4 12. Bf1 g5 1-0',
    '1. e4 e5 2. d4 exd4 3. c3 dxc3 4. Bc4 cxb2 5. Bxb2 d5 6. Bxd5 Nf6 7. Bxf7+ Kxf7 8. Qxd8 Bb4+ 9. Qd2 Bxd2+ 10. Nxd2 Be6 11. Ngf3 Nbd7 {Danish Gambit declined-by-returning; endgame is about equal} *',
    '1. d4 Nf6 2. c4 c5 3. d5 b5 4. cxb5 a6 5. bxa6 g6 6. Nc3 Bxa6 7. e4 Bxf1 8. Kxf1 d6 9. Nf3 Bg7 10. g3 O-O 11. Kg2 Nbd7 12. h3 Qa5 13. Re1 Rfb8 14. Re2 Ne8 {Benko: a pawn for eternal pressure on a- and b-files} 0-1',
    '1. e4 c5 2. Nc3 Nc6 3. g3 g6 4. Bg2 Bg7 5. d3 d6 6. f4 e6 7. Nf3 Nge7 8. O-O O-O 9. Be3 b6 10. d4 cxd4 11. Nxd4 Bb7 12. Qd2 Qd7 13. Rad1 Rfd8 -- Closed Sicilian; "Bb7" was not the plan but it worked',
    '[Event "Knockout Cup, Round of 16"]\n[White "Ahmed, Fatima"]\n[Black "Reilly, Conor"]\n[Result "1-0"]\n[Annotator "Ahmed, F."]\n\n1. e4 e6 2. d4 d5 3. Nc3 Bb4 4. e5 c5 5. a3 Bxc3+ 6. bxc3 Ne7 7. Qg4 Qc7 8. Qxg7 Rg8 9. Qxh7 cxd4 10. Ne2 Nbc6 11. f4 dxc3 12. Qd3 d4 13. Nxd4 Nxd4 14. Qxd4 {Poisoned pawn Winawer, 14. Qxd4 instead of the usual 14. Nxc3} 1-0',
    '1. Nc3 d5 2. e4 d4 3. Nce2 e5 4. Ng3 Be6 5. c3 c5 6. Bb5+ Nd7 7. Nf3 a6 8. Ba4 Qc7 9. O-O Bd6 10. cxd4 cxd4 11. d3 b5 12. Bb3 Bxb3 13. Qxb3 Ne7 {Van Geet: if it works for him, it works for me} 1/2-1/2',
    '1. e4 e5 2. Nf3 Nc6 3. Bb5 Nd4 4. Nxd4 exd4 5. O-O c6 6. Bc4 Nf6 7. Re1 d6 8. c3 Bg4 9. Qb3 Qd7 10. cxd4 Be6 11. d3 Bxc4 12. dxc4 *',
    '1. d4 e5 2. dxe5 Nc6 3. Nf3 Qe7 4. Qd5 f6 5. exf6 Nxf6 6. Qb3 d5 7. Bg5 Be6 8. Qb5 O-O-O 9. Bxf6 gxf6 10. e3 Bh6 11. Be2 d4 12. O-O dxe3 {Englund Gambit - against 1. d4 at a club, why not?} 0-1',
    '[Event "Blindfold Exhibition"]\n[White "Müller-Schmidt, Dr. Hans"]\n[Black "Audience (consultation)"]\n[Result "1-0"]\n\n1. e4 e5 2. Nf3 Nc6 3. d4 exd4 4. Bc4 Bc5 5. c3 d3 6. b4 Bb6 7. a4 a6 8. Qxd3 d6 9. O-O Nf6 10. Bg5 h6 11. Bh4 g5 12. Bg3 Nh5 13. Nbd2 Nxg3 14. hxg3 Qf6 1-0',
    '1. e4 c5 2. Nf3 Nc6 3. Bb5 g6 4. O-O Bg7 5. Re1 e5 6. b4 Nxb4 7. c3 Nc6 8. d4 cxd4 9. cxd4 exd4 10. Bf4 Nge7 11. Nxd4 O-O 12. Nc3 d5 13. exd5 Nxd5 14. Nxd5 Qxd5 {Rossolimo with the gambit b4; the engine says 0.00 but I was terrified} 1/2-1/2',
    '1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 d6 5. c3 Bd7 6. d4 Nge7 7. Bb3 h6 8. Nbd2 Ng6 9. Nc4 Be7 10. O-O O-O 11. Ne3 Bg5 12. Nxg5 hxg5 {Steinitz Deferred; 12...hxg5 opens the h-file - for whom?}',
    '[Event "USSR vs. Rest of the World"]\n[Site "Belgrade"]\n[Date "1970.03.29"]\n[Round "1.1"]\n[White "Larsen, Bent"]\n[Black "Spassky, Boris"]\n[Result "0-1"]\n\n1. b3 e5 2. Bb2 Nc6 3. c4 Nf6 4. Nf3 e4 5. Nd4 Bc5 6. Nxc6 dxc6 7. e3 Bf5 8. Qc2 Qe7 9. Be2 O-O-O 10. f4 Ng4 11. g3 h5 12. h3 h4 13. hxg4 hxg3 14. Rg1 Rh1 15. Rxh1 g2 16. Rf1 Qh4+ 17. Kd1 gxf1=Q+ 0-1 {the Soviet Union team still won, 20.5-19.5}',
]

PGN_EVENTS = ["Club Open", "Summer Swiss", "Autumn Rapidplay", "Wednesday Ladder", "Winter Allegro", "Veterans' Cup", "Junior Jamboree", "Hospital Cup (charity)"]
PGN_SITES = ["Harrogate", "Scout Hut, Mill Lane", "Kraków", "Bar & Grill upstairs", "Online (club arena)", "Aarhus", "St. Mary's Hall"]
PGN_NAMES = ["O'Neill, Ciara", "Bianchi, Luca", "Kowalczyk, Zofia", "Rahman, Tariq", "Smith-Jones, Pat", "Ødegaard, Siv", "Yılmaz, Emre", "D'Arcy, Fionn", "Tanaka, Yui", "Ruiz, José Luis", "Haddad, Layla", "MacLeod, Iain"]
PGN_MOVES = [
    "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7",
    "1. d4 d5 2. c4 e6 3. Nc3 Nf6 4. Bg5 Be7 5. e3 O-O",
    "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 g6",
    "1. c4 e5 2. g3 Nf6 3. Bg2 d5 4. cxd5 Nxd5 5. Nc3 Nb6",
    "1. e4 e6 2. d4 d5 3. Nc3 Nf6 4. e5 Nfd7 5. f4 c5",
    "1. d4 Nf6 2. c4 e6 3. g3 d5 4. Bg2 Be7 5. Nf3 O-O",
    "1. e4 c6 2. d4 d5 3. Nc3 dxe4 4. Nxe4 Bf5 5. Ng3 Bg6",
]
PGN_RESULTS = ["1-0", "0-1", "1/2-1/2", "*"]
PGN_COMMENTS = ["{book}", "{[%clk 0:25:03]}", "{= equal}", "{the critical moment}", "{I spent 20 min here}", "{[%eval 0.35]}", "(5... d6 6. c3 +=)", "$1", "$6"]


def tpl_pgn(r):
    w, b = r.sample(PGN_NAMES, 2)
    return (
        f'[Event "{r.choice(PGN_EVENTS)}"]\n[Site "{r.choice(PGN_SITES)}"]\n'
        f'[Date "2024.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"]\n[Round "{r.randint(1, 7)}"]\n'
        f'[White "{w}"]\n[Black "{b}"]\n[Result "{(res := r.choice(PGN_RESULTS))}"]\n\n'
        f"{r.choice(PGN_MOVES)} {r.choice(PGN_COMMENTS)} {res}"
    )


# ---------------------------------------------------------------- fen
FEN = [
    "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1",
    "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4",
    "8/8/8/4k3/8/8/4P3/4K3 w - - 0 1  <- the basic K+P vs K position, white to move: is it a win?",
    "6k1/5ppp/8/8/8/8/5PPP/3R2K1 w - - 0 1 -- back-rank mate in 1, for the beginners' group",
    "r3k2r/pbppqppp/1pn2n2/4p3/2B1P3/2NP1N2/PPP2PPP/R2QK2R w KQkq - 2 8",
    "Position after 14...Rfd8: 2r3k1/pp1q1ppp/4pn2/3p4/3P4/2PQ1N2/P4PPP/R4RK1 w - - 0 15",
    "4k3/8/8/8/8/8/8/R3K2R w KQ - 0 1 (can white castle queenside if the rook on a1 is attacked? yes!)",
    "rnbqkb1r/pp2pppp/3p1n2/8/3NP3/2N5/PPP2PPP/R1BQKB1R b KQkq - 1 5 = Sicilian after 5.Nc3",
    "8/5pk1/6p1/7p/7P/6P1/5PK1/8 w - - 0 1 // pure pawn ending, opposition matters",
    "2kr3r/ppp2ppp/2n5/2b1p3/4P1b1/2NP1N2/PPP2PPP/R1B2RK1 w - - 3 10",
    "r1bq1rk1/ppp2ppp/2np1n2/2b1p3/2B1P3/2PP1N2/PP3PPP/RNBQ1RK1 w - - 0 7 -- Giuoco Pianissimo, Black to solve",
    "5rk1/1p3ppp/p7/3N4/8/1P6/P4PPP/6K1 b - - 0 30 - knight vs. rook? no: R vs N, black is up the exchange",
    "8/8/3k4/8/8/3K4/3P4/8 w - - 0 1\n8/8/3k4/8/3K4/8/3P4/8 b - - 1 1\nSame idea twice: take the opposition.",
    "r1bqk2r/pppp1ppp/2n2n2/2b1p3/2B1P3/5N2/PPPP1PPP/RNBQ1RK1 w kq - 6 5 ; Italian, both sides developed",
    "6k1/5p2/6p1/8/7p/8/6PP/6K1 w - - 0 45 (draw? I claimed 50-move rule at move 95 - arbiter agreed)",
    "1r4k1/5ppp/8/8/8/8/5PPP/1R4K1 w - - 0 1 -- rook endgame, all equal, 1/2-1/2",
    "FEN for the puzzle on the noticeboard: r2q1rk1/pb3ppp/1p2pn2/2b5/2P5/P1N2N2/1PQ2PPP/R1B2RK1 b - - 0 13",
    "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3 - fool's mate, in case anyone needs reminding",
    "3r2k1/pp3ppp/8/8/8/8/PP3PPP/3R2K1 w - - 0 1 'symmetrical' is not the same as 'drawn'",
    "8/8/8/8/8/5k2/5p2/5K2 b - - 0 1 - black to move; stalemate or not? (hint: think before you push)",
    "r4rk1/1bq1bppp/p2ppn2/1p6/3BPP2/2N2Q2/PPP3PP/2KR1B1R w - - 4 14 -- English Attack style, white pushes g4-g5",
    "rnbqkbnr/ppp1pppp/8/3p4/2PP4/8/PP2PPPP/RNBQKBNR b KQkq c3 0 2 (Queen's Gambit, en passant square c3 listed per spec)",
    "8/1P6/8/8/8/8/6k1/K7 w - - 0 1 → promote: b8=Q and it's winning",
    "8/8/8/8/8/2k5/2p5/2K5 w - - 0 1 -- white to move is stalemated? No: Kb2/Kd2 not possible... wait, Kd2? c1 king, c3 king... check your FEN!",
    "r1b1kb1r/pppp1ppp/5q2/4n3/3KP3/2N3PN/PPP4P/R1BQ1B1R b kq - 0 1 (from our 'weird kings' thread)",
    "4r1k1/pp3pp1/2p4p/3p4/3P4/1P2P2P/P4PP1/4R1K1 w - - 0 24 - 'good knight vs bad bishop' without minor pieces is just a rook ending",
    "Position from game 4 (Patel-O'Connor), move 31: 6k1/1p3pp1/p1p4p/2P5/1P6/P5P1/5PKP/8 w - - 0 31 -- pawn ending, white's majority",
    "rnbqk2r/pppp1ppp/4pn2/8/1bPP4/2N5/PP2PPPP/R1BQKBNR w KQkq - 2 4 = Nimzo-Indian start",
    "2r2rk1/pp3ppp/2n1pn2/q2p4/3P4/P1PBPN2/2Q2PPP/R3K2R w KQ - 1 14 -- the 'Q-side majority' plan for Black; where does the c-file go?",
    "8/8/1k6/8/2K5/8/8/8 w - - 0 1 -- bare kings; lichess shows it as insufficient material / draw",
    "r2qkb1r/1p1n1ppp/p2pbn2/4p3/4P3/1NN1BP2/PPP3PP/R2QKB1R w KQkq - 1 9 (Najdorf, English Attack)",
    "R7/5pk1/6p1/8/8/8/r4PPP/6K1 w - - 0 1 -- Vancura? no, that's a different structure; just a passive rook",
    "5k2/8/5K2/5P2/8/8/8/8 w - - 0 1 - key squares: the king is on the 6th, it's a win whoever moves",
    "rn1qkbnr/pp2pppp/2p5/3pPb2/3P4/8/PPP2PPP/RNBQKBNR w KQkq - 1 4 → Caro-Kann Advance",
    "Could someone check this FEN? My board editor says it's illegal: 8/8/8/8/8/8/PPPPPPPP/RNBQKBNR w - - 0 1 (no black king!)",
    "r1bqkbnr/pppp1ppp/2n5/4p3/3PP3/5N2/PPP2PPP/RNBQKB1R b KQkq d3 0 3 / Scotch",
    "8/p7/1p6/2p5/2P5/1P6/P7/k1K5 w - - 0 1  (mutual zugzwang? analysis welcome)",
    "6k1/6p1/6Pp/7P/8/8/1r6/R5K1 b - - 0 50 --- R+3 vs R+2 on one side, textbook draw",
    "rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq e6 0 2 (after 1.e4 e5 - the ep square 'e6' is there even if no capture is possible)",
    "3k4/3P4/3K4/8/8/8/8/8 b - - 0 1 - black to move, stalemate. If white to move: Ke6 and it's still a draw? No! Check.",
    "r1bqr1k1/ppp2ppp/2np1n2/2b1p3/2B1P3/2PP1N2/PPQ2PPP/RNB2RK1 w - - 5 8",
    "2q3k1/5ppp/8/8/8/8/5PPP/2Q3K1 w - - 0 1 \\ Q vs Q, mirrored: draw unless someone blunders the back rank",
    "Starting position for Chess960 #518 is the normal one: rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
    "Chess960 start: bbqnnrkr/pppppppp/8/8/8/8/PPPPPPPP/BBQNNRKR w HFhf - 0 1 (Shredder-FEN castling letters)",
    "8/8/4kpp1/3p1b2/p6P/2B5/6P1/6K1 b - - 0 40 -- opposite-colored bishops, black is 2 pawns up and still can't win?",
    "7k/5Q2/6K1/8/8/8/8/8 b - - 0 1 stalemate!!! (my opponent offered a draw first, I said no, then did this)",
]

FEN_POOL = [
    "rnbqkbnr/pp1ppppp/8/2p5/4P3/8/PPPP1PPP/RNBQKBNR w KQkq c6 0 2",
    "r1bqkbnr/pppp1ppp/2n5/1B2p3/4P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 3 3",
    "rnbqkb1r/ppp1pppp/5n2/3p4/3P4/5N2/PPP1PPPP/RNBQKB1R w KQkq - 2 3",
    "8/8/4k3/3p4/3P4/4K3/8/8 w - - 0 1",
    "r4rk1/pp2qppp/2n1b3/2pp4/8/2PBPN2/P1Q2PPP/R4RK1 w - - 0 14",
    "6k1/pp3ppp/8/8/8/8/PP3PPP/6K1 w - - 0 30",
    "2kr1b1r/ppp2ppp/2n5/3q4/3P2b1/2N2N2/PPP2PPP/R1BQKB1R w KQ - 0 8",
]
FEN_NOTES = ["white to move, what's the plan?", "black to play & win", "is this a draw?", "from last night's game", "engine says +1.2", "mate in 3?", "please check castling rights", "-- eval = (level)", "(move 20 in my game; was ...Nd4 better?)"]


def tpl_fen(r):
    fen = r.choice(FEN_POOL)
    sep = r.choice([" -- ", " ; ", " | ", "\n", " (", " // "])
    note = r.choice(FEN_NOTES)
    if sep == " (":
        return f"{fen} ({note})"
    return f"{fen}{sep}{note}"


# ---------------------------------------------------------------- annotations
ANNOT = [
    "23. Rxf7!! Kxf7 24. Qh5+ g6 25. Qxh7+ -- works only because the knight on e5 covers g6 and d7; if 23...Kh8 then 24. Qh5 and mate is unstoppable +-",
    "17...Nd4?! is too optimistic; 17...Rfe8 = keeps everything together.",
    "Here I played 31. g4?? and after 31...Qxf2+ it was over. 31. Kh2 was necessary, with +/= .",
    "12. Bxh7+!? Kxh7 13. Ng5+ Kg8 (13...Kg6 14. Qg4 f5 15. Qg3 =+) 14. Qh5 Re8 15. Qxf7+ Kh8 16. Qh5+ Kg8 1/2-1/2 -- Greek gift, perpetual only",
    "Move 9: \"Qb3!\" attacks b7 and f7 at once; black has nothing better than ...Qd7.",
    "19. e6! fxe6 20. Ng5 -> and now ...Qe7 loses to Nxe6 while ...Rf6 runs into Qh5. Eval +2.3",
    "The computer says 0.00 but in a practical game black's position is much harder to play: =/∞",
    "After 25...Rc2 26. Rd8+ Kh7 27. Qd3+ g6 28. Rd7 the threat is Qxg6+! -- the key is the pin on the f-file.",
    "?? on 40...Kg7 - time trouble, I just wanted to reach move 40. ...Kf8 holds.",
    "Worth noting: 8...c5 9. dxc5 Bxc5 transposes back into the main line; 8...b6 is the 'independent' try.",
    "21. Qxd5!! is a queen sacrifice: 21...Rxd5 22. Re8+ Rxe8 23. Rxe8# -- back rank again. Lesson for the juniors: luft!",
    "14...g5!? a bit weakening but it stops Bf4 and gains space. I'd give it !? rather than ?!.",
    "36. Rb7 (36. Rxa6?? Rxa6 37. Bxa6 Ra8 -+) 36...Rxb7 37. Bxb7 a5 38. Kf2 a4 39. Ke2 = (opposite bishops)",
    "\"Always check the checks\" - 28...Qg1+! 29. Kxg1 Nf3+ 30. Kf1 Nxh2+ 31. Ke1 Nf3+ and the queen comes back. -+",
    "11. O-O-O? walks into ...b5-b4; 11. O-O is safer. The symbols in my notes: += means slight edge, ± clear edge, +- winning.",
    "Opening: fine. Middlegame: 16...f5? weakens e6 and e5 (−0.8). Endgame: great defence, draw at move 71.",
    "Critical position: after 20.Nd5 exd5 21.exd5 the knight is gone but the e-file + the d5 pawn give compensation (∞).",
    "18. h4!? /\\ h5-h6 - the symbol '/\\' in my notation means 'with the idea of'.",
    "33...Rd1+ 34. Kh2 Qd6+ 35. g3 Rd2 36. Qb8+ Kh7 37. Qxb7 Qd4 -- black threatens Rxf2+ and ...Qd2; white must find 38. Qf3 =",
    "27. Nxf7! Kxf7 28. Qh5+ g6 29. Qxh7+ Ke8 30. Qxg6+ Kd7 and now 31. Rxe6! Qxe6 32. Qg7+ wins the rook on h8. +-",
    "My coach: \"9...Nxe4? is a typical club blunder - you take a pawn and lose the exchange on f7.\" Fair.",
    "Annotation key for the newsletter: ! good, !! brilliant, ? mistake, ?? blunder, !? interesting, ?! dubious, = equal, ∞ unclear, += / =+ slight advantage.",
    "45. Kf5 (45. Kd5? Kf3 46. Ke5 Kxg3 47. Kf5 Kh4 = ) 45...Kf3 46. Kg5 Kxg3 47. Kxh5 and white queens first. 1-0",
    "I wrote 'd6-d5 break' on the scoresheet as a reminder. Never got to play it.",
    "On 22.Bxf6 Bxf6 23.Nd5 black should reply 23...Bd8! (not 23...Bxb2?? 24.Nxe7+ Kf8 25.Nc6 +-).",
    "If 15...exd4 16. Nxd4 Nxd4 17. Bxd4 Bxd4 18. Qxd4 Qxd4 19. Rxd4 then white's rook dominates the d-file; += at least.",
    "The move 13.Ng5 deserves a '?!' - it looks aggressive but after 13...h6 14.Nh3 the knight is stranded on the rim.",
    "Time: 1h 32m used vs. 48m. I was \"winning\" on the board and losing on the clock. Moves 30-40 all in < 5 sec.",
    "6...e5! - a thematic break in the Kan; after 7.Nf3 (7.Nb3? Bb4 =+) 7...Nf6 black is fine.",
    "32. Qxe5+?? Qxe5 33. Rxe5 Rd1+ 34. Re1 Rxe1# -- I forgot that my rook was pinned. Ouch.",
    "The point of 19...Bd7-e8-h5 (a long maneuver) is to trade the bad bishop. Worth 3 tempi? Probably.",
    "Better was 24. Rc1 - c7 (threatening Rxb7 and Rxf7) instead of 24. Qd3? which allowed ...Nc5 with tempo.",
    "Annotated by the loser, so take with a grain of salt: 1. e4 c5 2. b4?! (Wing gambit) cxb4 3. a3 d5! 4. exd5 Qxd5 5. axb4 Qe5+ -+",
    "After 10...Qa5+ 11.Bd2 Qb6 the b2 pawn is 'poisoned': 12.O-O Qxb2 13.Nd5! Nxd5 14.Rb1 Qxa2 15.Rxb7 with a winning attack.",
    "51. Rf8+ Kg7 52. Rf7+ Kg6 53. Rf6+ Kg5 54. Rf5+ Kg4 55. Rf4+ -- the desperado rook, stalemate trick = !!",
    "Why 7...O-O was wrong: 8. e5 dxe5 9. Nxe5 Qe8 10. Bxf6 Bxf6 11. Nd7 wins material. 7...Nbd7 first.",
    "Honestly I don't understand 16.Rfe1 here - the rook on f1 was doing fine. Maybe the idea was e4-e5 & Re1-e3-h3?",
    "18. Nf5!! gxf5 19. Qg3+ Kh8 20. Qh4 -- the threat is Qxh7# and Bxf6+; black has to give back the piece. +-",
    "Move 23 symbols from the Informant style: 23. c5 ± (white is better) 23...bxc5 24. bxc5 Rb8 25. Rab1 Rxb1 26. Rxb1 ⩲",
    "The engine suggests 14. Nxe6!? fxe6 15. Bxe6+ Kh8 16. Qh5 with a 'dangerous attack' (+0.6). I preferred keeping it simple.",
    "Zwischenzug! 21...Qh4! instead of recapturing. After 22.g3 Qh3 white's king is in a box; only then ...Bxd4.",
    "There's a 'drop' of 1.5 in eval after 27...Rc8? because 28.Rxc8+ Bxc8 29.Qc2 hits both c8 and h7.",
    "Notation note: I wrote Nbd2 as 'N1d2' by mistake; both knights could NOT go to d2 so plain Nd2 would have been fine.",
    "37...g5! 38. hxg5 hxg5 39. fxg5 Kg6 -- and the f-pawn falls; outside passed pawn for black => winning",
    "Conclusion: 11...b5 is playable, 11...d5?! is premature, 11...Qc7 is the main move; don't select lines by 'feel' only.",
    "Critical test: 9. Bxf7+!? Kxf7 10. Ng5+ Kg8 11. Qb3+ d5 12. exd5 -- white has two pawns and attack for the piece (unclear, ∞).",
    "Alert readers spotted that 24...Qxe5 was possible: after 25. Rxe5 Rd1+ 26. Bf1 Rxf1+ 27. Kxf1 the back rank no longer matters. =",
    "I was half asleep by move 50 - 51. Kg2?? (51. Kf1! =) 51...Rb2+ and the pawn runs. Never play the 4th game after midnight.",
    "Small endgame lesson: with R vs. R+P on the 7th rank, put your rook BEHIND the passed pawn (Tarrasch's rule).",
]

ANN_MOVES = ["Nf3", "Bxf7+", "Qh5", "Rxe6", "g4", "Nd5", "Bb5+", "c5", "Rfd1", "Qxd4", "e5", "Kh1", "h4"]
ANN_MARKS = ["!", "!!", "?", "??", "!?", "?!"]
ANN_EVALS = ["=", "+=", "=+", "+-", "-+", "∞", "±", "∓"]
ANN_WORDS = ["was the only move", "loses a piece to a fork", "keeps the balance", "is what the engine wants", "drops the exchange", "creates a weakness on f6", "was played in 40 seconds", "is too slow; ...c5 is coming"]


def tpl_annotation(r):
    n = r.randint(8, 45)
    side = r.choice([f"{n}. ", f"{n}..."])
    mv = r.choice(ANN_MOVES)
    return f"{side}{mv}{r.choice(ANN_MARKS)} {r.choice(ANN_WORDS)} ({r.choice(ANN_EVALS)})"


# ---------------------------------------------------------------- pairings / crosstables
PAIR = [
    "Round 3 pairings:\nBd 1  Zhang (2034) - Abernethy (1912)\nBd 2  Patel (1890) - O'Connor (1875)\nBd 3  Kim (1702) - bye\nPlease be seated by 7:15pm; clocks set to 90'+30\".",
    "Bd 4: Okafor 1-0 Sørensen; Bd 5: Wójcik ½-½ Fernández-Ruiz; Bd 6: D'Souza 0-1 Nguyễn",
    "Crosstable (after R5):\n# | Name        | 1  2  3  4  5 | Pts\n1 | Zhang W.    | +  =  +  +  + | 4.5\n2 | Patel R.    | +  +  -  =  + | 3.5\n3 | O'Connor N. | =  +  +  -  = | 3.0",
    "Result correction for round 2: board 7 was 0-1, not 1-0 (white's flag fell at move 38, arbiter confirmed).",
    "Standings: 1st Zhang 6/7, =2nd Patel & Ahmed 5½, 4th O'Connor 5. Tie-break = Buchholz, then Sonneborn-Berger.",
    "Pairing request: please don't pair me with my son in round 1 (both in the Minor). Thanks! - R. Evans",
    "Half-point bye requested for round 4 (my daughter's wedding). Is a ½ bye allowed after round 3?",
    "Team line-up vs. St Albans B: 1. Okafor 2. Reilly 3. Lindqvist 4. Barrett -- reserve: Haddad",
    "Rd6 Bd2: Ahmed (W) vs Reilly (B) -> adjourned, to be played Tue 19:00; sealed move is with the arbiter.",
    "Scores after round 7 (Major):\nAhmed 6 | Reilly 5.5 | Lindqvist 5 | Barrett 4.5 | Okafor 4.5 | MacLeod 4\nPrize fund: 1st £120, 2nd £60, 3rd £30 (shared if tied).",
    "Double round robin, 6 players = 10 rounds. Berger tables used; player #6 has White in round 1.",
    "FYI the swiss pairing software put Kim vs. Kim in round 2 - they are brother and sister, different Kims; no error!",
    "Board 3 result: 1/2-1/2 (threefold repetition, claimed correctly with scoresheet; 28...Qd1+ 29.Kh2 Qd6+ 30.Kg1).",
    "Forfeit: Round 5, board 9, Black didn't show (0-1F → recorded as +/- for rating purposes).",
    "Quick question: in the crosstable, what does 'w12+' mean? -> 'won with White against player #12'.",
    "Final crosstable, Summer Swiss 2024 (open section):\nPos Name          Rtg  R1   R2   R3   R4   R5   Pts\n1   Ahmed, F.     1987 w8+  b4+  w2=  b3+  w5+  4.5\n2   Zhang, W.     2034 b9+  w6+  b1=  w4=  b3+  4.0",
    "Pairing for round 1 uses the rating list of 1 Sept; unrated players are entered at 1200 (provisional).",
    "Matches this week: Mon - Castlegate A vs. Riverside (away), Wed - Castlegate B vs. Uni 2 (home). Board order by grade.",
    "Re: round 4 - I'm fine with a 0.5 bye, please pair the rest as normal. Results so far: 2/3.",
    "Swiss, 5 rounds, 24 players: after round 3 only Zhang & Ahmed on 3/3, they meet on board 1 in round 4.",
    "Accelerated pairings (Baku) for rounds 1-2: top half gets a virtual 1 point. It evens out by round 3.",
    "Scoring for the league: win = 2, draw = 1, loss = 0; match points 2/1/0; default = 0 to the defaulting team.",
    "Board 1  Castlegate A  2½ - 1½  Riverside\n1. Okafor     1-0 Green\n2. Reilly     ½-½ Wu\n3. Lindqvist  0-1 Osei\n4. Barrett    1-0 Harris",
    "Correction to the R2 crosstable: I had 'Hughes' twice; the 2nd should be 'Huws, G.' (Welsh spelling).",
    "Pairings will be posted at ~18:45 on the board by the bar AND at /events/summer-swiss/pairings online.",
    "Can we swap colours? I had Black in rounds 1, 2 and 3 — isn't that against the colour rules? (B, B, B => W due).",
    "Rd 1: 1. Zhang - Kim 1-0, 2. Tanaka - Patel 0-1, 3. O'Connor - Yılmaz ½-½, 4. Ruiz - MacLeod 1-0, 5. Haddad - Bianchi 0-1",
    "Team scores: A team 12.5/16, B team 9/16, C team 6.5/16. A team top of Div 1 on game points (tie with Riverside on match pts).",
    "Round-robin schedule for the Ladies' Invitational: 8 players, 7 rounds, Fri-Sun. R1 Fri 19:00; R2-R4 Sat; R5-R7 Sun.",
    "Please note: the late entry (Dr. Müller-Schmidt) is paired in round 2 with a ½ pt bye for round 1.",
    "Individual results for Okafor, C.: +Green (W), =Wu (B), +Osei (W), -Harris (B) => 2.5/4, perf ~1930",
    "Knockout bracket, Cup R16:\nAhmed v Reilly (1-0)\nZhang v Kim (1-0)\nPatel v Tanaka (0-1)\nO'Connor v Haddad (½-½, Armageddon 1-0)",
    "Armageddon rule: White 5 min, Black 4 min, draw = Black wins. Colours chosen by coin toss.",
    "The R3 result 'Abernethy - Zhang 1-0' in the bulletin is wrong: it was 0-1 (Zhang won with a queen sac on g2).",
    "Pairing question from a parent: why is my child paired 'down' again? → She's in a score group with odd numbers; one person floats.",
    "Crosstable tie-breaks: TB1 = Buchholz Cut 1, TB2 = Buchholz, TB3 = direct encounter, TB4 = most wins with Black.",
    "Rnd 5 (last): Bd1 Ahmed-Zhang 1/2-1/2, Bd2 Patel-Lindqvist 1-0, Bd3 Reilly-O'Connor 0-1, Bd4 Kim-Barrett 1/2-1/2",
    "Our team sheet for Saturday's match (home, start 14:00, 40 moves/2h + 30min QPF): Okafor | Reilly | Haddad | MacLeod",
    "Could the controller fix my name in the pairings? It shows 'Siv Odegaard' but it should be 'Siv Ødegaard'.",
    "Match result: Castlegate 3 - 1 Uni 2 (well played all!). Next: Riverside away, 7 Nov, lift from the station at 18:20.",
    "Re-pair round 6? No - results are final once both players sign the scoresheet & hand it in. No changes 'after the fact'.",
    "Quad 3 (1400-1600): Evans T. 2, Evans E. 2.5, Kowalczyk 1, Bianchi 0.5 → Ella wins on head-to-head.",
    "Swiss pairing details (for the curious): Dutch system, FIDE C.04.3; colours alternate where possible; no player meets same opponent twice.",
    "Board 12 got no result entered (both players left?). If you played Rd4 Bd12, please email results@castlegate-chess.example",
    "Team captains: please submit line-ups by Thursday 22:00; board order must follow grading (max 80 pts out of order).",
    "Blitz arena final table: 1. knightrider_77 42 pts 2. pawnstorm-liz 39 pts 3. el_caballo 31 pts 4. rookie_rook 30 pts",
    "Round 2 pairings (Minor, U1600):\n1 Evans E. (1540) - Tanaka (1510)\n2 Bianchi (1498) - Kowalczyk (1477)\n3 Evans T. (1455) - BYE (1 pt)",
]

PAIR_NAMES = ["Zhang", "Patel", "O'Connor", "Ahmed", "Reilly", "Lindqvist", "Kim", "Tanaka", "Ruiz", "Haddad", "Ødegaard", "Yılmaz", "MacLeod", "Bianchi"]
PAIR_RES = ["1-0", "0-1", "½-½", "1/2-1/2", "+/-", "-/+"]


def tpl_pairing(r):
    rd = r.randint(1, 9)
    bd = r.randint(1, 20)
    a, b = r.sample(PAIR_NAMES, 2)
    ra, rb = r.randint(1200, 2200), r.randint(1200, 2200)
    style = r.randint(0, 2)
    if style == 0:
        return f"Rd{rd} Bd{bd}: {a} ({ra}) - {b} ({rb}) {r.choice(PAIR_RES)}"
    if style == 1:
        return f"Round {rd}, board {bd}: {a} vs. {b} -> {r.choice(PAIR_RES)}"
    return f"{bd}. {a} {r.choice(PAIR_RES)} {b} | rd {rd}"


# ---------------------------------------------------------------- ratings
RATING = [
    "Elo 1850 -> 1862 (+12) after the Club Open. Finally over the 1850 hump!",
    "Rating change this month: +23 (1704 → 1727). K-factor 20 since I've played < 30 rated games.",
    "Why did I lose 8 points for a draw? Because my opponent was rated 1610 and I'm 1890: expected score 0.83, got 0.5, K=24 → -8.",
    "New ECF grades published: Okafor 187 (was 181), Reilly 172 (=), Lindqvist 165 (+4). Congratulations all.",
    "Provisional rating 1423? after 5 games (2 wins, 1 draw, 2 losses vs. avg 1400).",
    "My lichess rapid is 1985 but FIDE is 1712. Online ratings != OTB ratings; please don't seed the swiss from lichess!",
    "Rating floor question: is there a floor at 1000 or can ratings drop below? (asking for my 9-year-old, currently 1041)",
    "Formula for the curious: E = 1 / (1 + 10^((Rb - Ra)/400)); new = old + K * (S - E).",
    "Performance rating for the weekend: 2104 (5/6 vs. avg 1870). Best result in years - thanks to everyone who came.",
    "Peak rating 2031 (Nov 2019); current 1954; lowest since joining 1688. Ups and downs...",
    "Club ladder update: Zhang 2034 (+0), Ahmed 1987 (+15), Patel 1890 (-7), O'Connor 1875 (+3), Kim 1702 (+31!)",
    "Rating report for the federation (period 2024-09): 48 games, 11 players, 2 unrated → please attach the crosstable file.",
    "Is the +12 rating bonus for new players still a thing? I got +12 extra after my first tournament.",
    "Grade ≠ rating: ECF 'grade' 150 ≈ 1750 Elo (approx. formula Elo = grade × 7.5 + 700).",
    "Δ = +35 over 3 events. Goal for 2025: 1900. Current: 1812.",
    "Rapid rating: 1644 (+9), Blitz: 1590 (-21), Classical: 1701 (=). Blitz after midnight is bad for the rating.",
    "Opponent avg 1765, my score 3/5, rating change −4.2 (rounded −4). Seems harsh but the maths is the maths.",
    "The federation's rating page says 'not active' - I need 1 rated game in the last 12 months to be listed again.",
    "FIDE ID 1234xxxxx (not sure of the rest) - could the club secretary check my registration? My Elo shows 0.",
    "Junior ratings (U12) this season:\nElla Evans 1540 (+112)\nTom Evans 1455 (+60)\nJi-woo Kim 1389 (+201!!)\nAmazing progress.",
    "K=40 for juniors under 18 with rating < 2300; K=20 for adults < 2400; K=10 after 2400. That's why the kids' ratings jump.",
    "Ratings for the team are based on the list of 1 Jan; anyone under 1600 can play in the Minor section.",
    "Does the online rating (Glicko-2, RD 45) convert to anything? Roughly: Glicko 1900 with RD < 60 ≈ 1700 OTB for our members.",
    "I'm 1599 — so I'm still eligible for the U1600 section? (Rating as of the 1st of the month, yes.)",
    "Rating history (last 6 lists): 1720, 1733, 1729, 1755, 1761, 1780. Slow and steady +60.",
    "Expected score vs. a player 200 points higher is about 0.24; beat them and you gain ~15 (K=20).",
    "Rated games only count if both players have a federation ID; guests' games are 'unrated' on the sheet (UR).",
    "Please update my rating on the website: it says 1702 but the latest list has 1733 (+31).",
    "Elo-Zahl nach dem Turnier: 1788 (+14). DWZ: 1701 (+19).",
    "Rating pool: 214 members with published ratings; median 1530; top 10 avg 2011.",
    "The ratings officer's email for disputes: ratings@castlegate-chess.example (include round, board, names).",
    "Why do you show '1500?' with a question mark next to new members? → Provisional, fewer than 20 games.",
    "Last 10 games: W W L D W L L D W W → +18 net. Best win: vs. 2034 (Zhang) in the club ch.",
    "Minimum rating change displayed is ±1; if your change is 0.4, the list shows 0.",
    "Title norms need ≥ 9 rounds & opponents' average ≥ 2380 (IM) — that's not happening at our Open, sorry!",
    "Rating 'deflation' discussion at the AGM: the board voted to ask the federation to raise the rating floor to 1000.",
    "My son got +201 in one list. The rating officer double-checked: all legit, he just beat everyone.",
    "Converting old BCF grades: grade 120 → about 1600; grade 200 → about 2200. Not exact, don't quote me.",
    "Rating adjustments for the 2nd half of the season: the software applied K=32 by mistake; corrected lists next week.",
    "Player of the Month: Ji-woo Kim (+201, 6.5/7 in the Junior Jamboree). 🎉",
    "Elo: 2010 → 1998 (-12). Two blunders in time pressure. Time to practice 'checks, captures, threats'.",
    "Rating list (top 5, Sept):\n1. Zhang W. 2034\n2. Ahmed F. 1987\n3. Okafor C. 1962\n4. Patel R. 1890\n5. O'Connor N. 1875",
    "For our online league, rating bands: A ≥ 1800; B = 1500-1799; C < 1500. Re-banded each term.",
    "Someone asked: what is a 'rating' of 0? -> unrated. It's not that they are very bad at chess :)",
    "Performance = avg opp + 400*(W-L)/N, a rough estimate. For 4.5/6 vs 1800 avg: 1800 + 400*(4-1)/6 ≈ 2000.",
    "Rating update for the Wednesday blitz: +8, +3, -12, +15, +4 (weekly)",
]

RATING_NAMES = ["Zhang", "Ahmed", "Okafor", "Patel", "O'Connor", "Kim", "Lindqvist", "Tanaka", "Ødegaard", "Yılmaz", "D'Arcy"]


def tpl_rating(r):
    name = r.choice(RATING_NAMES)
    old = r.randint(1100, 2200)
    d = r.randint(-30, 40)
    arrow = r.choice(["->", "→", "=>", "to"])
    sign = f"+{d}" if d > 0 else (str(d) if d < 0 else "±0")
    kind = r.choice(["Elo", "rapid", "blitz", "classical", "ECF"])
    return f"{name}: {kind} {old} {arrow} {old + d} ({sign})"


# ---------------------------------------------------------------- openings
OPEN = [
    "B90 - Sicilian, Najdorf (1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6)",
    "C42 Petrov's Defence: a solid choice if you're OK with 'boring' draws.",
    "E60-E99: King's Indian Defence. Our Tuesday study group is on E97 (Mar del Plata) this month.",
    "D37 - Queen's Gambit Declined, 5.Bf4 variation. Notes in /docs/repertoire/white-d4.pdf",
    "Which is better for a beginner: the Italian (C50) or the Scotch (C45)? Both teach open positions.",
    "A45 Trompowsky: 1. d4 Nf6 2. Bg5 -- 'the Tromp'. It avoids the whole KID/Nimzo/QID theory.",
    "Repertoire for Black vs 1.e4: Caro-Kann (B12 Advance / B13 Exchange / B15-B19 Classical)",
    "The Stafford Gambit (C42) is unsound: 1. e4 e5 2. Nf3 Nf6 3. Nxe5 Nc6 4. Nxc6 dxc6 5. d3! and Black has little.",
    "ECO codes: A = flank, B = semi-open (not 1...e5), C = 1.e4 e5 & French, D = closed 1.d4 d5, E = Indian defences.",
    "Opening 'trap' of the week: Lasker trap in the Albin Countergambit (D08): ...dxe3?? no wait, ...d4 and ...exf2+ then ...fxg1=N+!",
    "C88 Ruy Lopez, Closed, anti-Marshall 8.a4. Popular at all levels because nobody wants to face the Marshall.",
    "Question about B33 (Sveshnikov): after 9.Bxf6 gxf6 10.Nd5 is ...f5 always the main move? (or ...Bg7?)",
    "Grünfeld (D70-D99): Black gives the centre to attack it with ...c5 and ...Bg7. Exchange line: 4.cxd5 Nxd5 5.e4 Nxc3 6.bxc3.",
    "Nimzo-Indian, Rubinstein (E40-E59): 4.e3 - the 'solid' choice; Kasparov's 4.Qc2 is E32-E39.",
    "The London: 1.d4 + 2.Bf4 + e3 + c3 + Nd2 + Ngf3 + Bd3. ECO D02 / A46 / A48 depending on Black's moves.",
    "Opening names are fun: the 'Orangutan' (1.b4, A00), the 'Hippopotamus', the 'Fried Liver', the 'Hedgehog', the 'Frankenstein-Dracula' (C27)!",
    "King's Gambit Accepted (C33-C39); Declined with 2...Bc5 (C30). 'The King's Gambit is refuted' - Fischer, 1961 (he later played it).",
    "Slav (D10-D19) vs. Semi-Slav (D43-D49): in the Semi-Slav Black plays ...e6 AND ...c6. Meran = D47-D49.",
    "Book recommendation for the Dragon (B70-B79): any book with 'Yugoslav Attack' in the title - and bring snacks.",
    "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 8. c3 O-O 9. h3 = C92 (Closed Ruy, Zaitsev etc.)",
    "Alapin (B22): 1.e4 c5 2.c3 - avoids the Open Sicilian. Vs. 2...Nf6 3.e5 Nd5 4.d4 cxd4 5.Nf3 Nc6 6.Bc4.",
    "Anyone want to join a 'Catalan (E01-E09) & friends' study session? Wed 7pm, bring your PGN files or a USB stick.",
    "Our opening explorer uses ECO + name; the search is 'starts with', so 'Sicilian' finds 'Sicilian, Najdorf' and 'Sicilian, Dragon'.",
    "French Defence: Winawer (C15-C19), Tarrasch (C03-C09), Advance (C02), Exchange (C01). Don't play the Exchange for a win!",
    "Dutch (A80-A99): Leningrad (g6), Stonewall (d5 + e6 + f5 + c6), Classical (e6 + d6).",
    "Scandinavian (B01): 1.e4 d5 2.exd5 Qxd5 (main) or 2...Nf6 (Modern/Marshall). The 'Portuguese' 2...Nf6 3.d4 Bg4!?",
    "Q: why is 1.e4 e5 2.Nf3 Nc6 3.Bc4 Bc5 4.b4 called the 'Evans' Gambit? A: Captain William Evans, 1820s. C51-C52.",
    "Benoni (A56-A79) or Benko (A57-A59)? Both feature ...c5 vs d4-d5; in the Benko Black sacs b5 pawn.",
    "Bird's Opening (A02-A03): 1.f4. Answer with From's Gambit 1...e5!? if you like chaos.",
    "King's Indian Attack (A07-A08): White plays the KID setup with an extra tempo. Against the French (...e6, ...d5, ...c5) it's very popular.",
    "The Queen's Gambit is not really a gambit: after 1.d4 d5 2.c4 dxc4 3.e3 White regains the pawn.",
    "Opening cheat-sheet for juniors: 1) control the centre 2) develop knights before bishops 3) castle early 4) don't move the queen out too early.",
    "English (A10-A39): 1.c4. Reversed Sicilian after 1...e5. Botvinnik setup: c4, Nc3, g3, Bg2, e4, Nge2.",
    "Pirc (B07-B09) vs. Modern (B06): Pirc has an early ...Nf6; Modern keeps the knight at home and plays ...g6, ...Bg7, ...d6.",
    "Caro-Kann, Two Knights (B11): 1. e4 c6 2. Nc3 d5 3. Nf3. Bg4 is the typical answer. \"Boring but solid\" — my opponent's words.",
    "Is there an ECO code for 1.a3? Yes: A00 (Anderssen's Opening). A00 covers all the 'uncommon' first moves.",
    "Latvian Gambit (C40): 1.e4 e5 2.Nf3 f5?! - fun in blitz, risky in classical. Don't show this to the juniors ;)",
    "Semi-Tarrasch (D41-D42) vs. Tarrasch (D32-D34): in the Tarrasch Black accepts an isolated d-pawn (IQP).",
    "We've set up an opening library shelf: ECO A-E volumes (old Informant editions), donated by Dr. Müller-Schmidt.",
    "Philidor (C41): 1.e4 e5 2.Nf3 d6. The Hanham setup: ...Nd7, ...Be7, ...c6 - solid, cramped, very 1890s.",
    "My 'system' vs. everything: 1.Nf3, 2.g3, 3.Bg2, 4.O-O, 5.d3 — Reti/KIA. Zero theory, 100% middlegames.",
    "Vienna (C25-C29): 1.e4 e5 2.Nc3. The Frankenstein-Dracula (C27) line: 2...Nf6 3.Bc4 Nxe4 4.Qh5 Nd6 5.Bb3 Nc6 6.Nb5 g6 7.Qf3 f5 8.Qd5 Qe7 9.Nxc7+ Kd8 10.Nxa8 b6.",
    "Ponziani (C44): 1.e4 e5 2.Nf3 Nc6 3.c3. Old, rare, dangerous if Black doesn't know 3...Nf6 4.d4 Nxe4!",
    "Chigorin Defence (D07): 1.d4 d5 2.c4 Nc6. 'Pieces before pawns' - for players who hate symmetrical QGD structures.",
    "ECO lookup tip: the code alone isn't a unique line. B90 covers 6.Be3, 6.Bg5, 6.Be2, 6.f3, 6.h3 ... all Najdorf.",
    "Sicilian variants for juniors: avoid the Dragon and Najdorf at first; Kan/Taimanov (B40-B49) teach more ideas with less theory.",
    "The Jobava London: 1.d4 d5 2.Nc3 Nf6 3.Bf4 — trendy. Club members can borrow the 'Jobava London' video course (USB, see bar).",
]

ECO_POOL = ["A04", "A10", "A45", "B01", "B12", "B22", "B33", "B90", "C00", "C42", "C50", "C65", "C88", "D02", "D37", "D85", "E12", "E60", "E97"]
OPEN_NAMES = ["Réti", "English", "Trompowsky", "Scandinavian", "Caro-Kann, Advance", "Alapin", "Sveshnikov", "Najdorf", "French", "Petrov", "Italian", "Berlin", "Closed Ruy Lopez", "London", "QGD", "Grünfeld Exchange", "Queen's Indian", "King's Indian", "KID Mar del Plata"]
OPEN_TAILS = ["-- good for club players", "(my main weapon)", "| theory-heavy", "; studied on Tuesdays", "= playable for both", "- recommended reading: see library shelf", "& its sidelines"]


def tpl_opening(r):
    i = r.randrange(len(ECO_POOL))
    return f"{ECO_POOL[i]} {OPEN_NAMES[i]} {r.choice(OPEN_TAILS)}"


# ---------------------------------------------------------------- puzzles
PUZZLE = [
    "Puzzle #112: White to play and mate in 2. Hint: the queen sacrifice on h7 is NOT the answer this time.",
    "Black to move. Find the fork! (Nd3+ wins the queen on b2 & checks the king on e1)",
    "Mate in 3 — composed by our president. Solution next week; please don't post it in the comments before Friday!",
    "This week's study: White to play and draw. 'Impossible', said half the club. Stalemate is the key idea.",
    "Puzzle rating 1650; themes: deflection, back-rank, 'quiet move'. Average solve time 2:14.",
    "Tactic from Tuesday's game: 1...Rxf2! 2.Rxf2 Qe1+ 3.Rf1 Qxf1# - if white takes with the king: 2.Kxf2 Qh2+ wins the queen.",
    "Find the best move for White: 8/pp3pkp/6p1/8/8/1P3Q2/P4PPP/3q2K1 w - - 0 1 (answer: Qf8+!? no... Qc3+! first)",
    "Endgame puzzle: K+R vs K+B — usually a draw, but this one wins because Black's king is stuck in the 'wrong' corner.",
    "Solution to puzzle #111: 1.Bxh7+ Kxh7 2.Ng5+ Kg8 3.Qh5 Re8 4.Qh7+ Kf8 5.Qh8+ Ke7 6.Qxg7 and mate follows.",
    "Hard (2100+): White to move. Everything hangs. Look for the intermediate move before recapturing on d5.",
    "Puzzle rush scores this week: Kim 31, Tanaka 28, Ahmed 27, Evans E. 25. Who can break 35?",
    "Our puzzle of the day has 3 solutions?! Composer's mistake (a 'cook'). 1.Qg4, 1.Qg3 and 1.Qh3 all mate in 2.",
    "Mate in 1 for beginners: W: Kg1, Qd1, Rf1; B: Kg8, pawns f7 g7 h7. Answer: Qd8+ is check but not mate... think again! (Qd8 is mate if f8 is covered)",
    "Theme: 'Windmill'. White gives discovered check again & again: Rxg7+ Kh8, Rxf7+ Kg8, Rg7+ Kh8, Rxb7+ ...",
    "Can you solve it blindfold? White: Kc6, Rb1. Black: Ka8. White to play and mate in 2 (1.Kc7? no. 1.Rb7! Ka... wait).",
    "Puzzle from a 1920s magazine: 'White to play and win'. No computers back then - the solution takes 3 pages!",
    "Puzzle tag: #mateIn4 #sacrifice #doubleCheck. Difficulty: ★★★☆☆",
    "Puzzle #115 (easy): Black's queen is overloaded — it defends both e8 and d7. Which capture exploits it?",
    "The 'Arabian mate' needs only a rook + knight: rook on h7, knight on f6, king on h8. Try to build it from move 1!",
    "Answer key for the junior worksheet:\n1) Nf7#\n2) Qxh7#\n3) Rd8+ Rxd8 4. Rxd8#\n4) Bb5+ (skewer)\n5) e8=N+! (underpromotion)",
    "Zugzwang puzzle: White to move and... any move loses! Can you prove it? (Hint: count the tempo moves of each pawn.)",
    "Puzzle difficulty goes up when you don't know it's a puzzle. In real games, ask 'what does my opponent threaten?' first.",
    "White: Kh1, Qe2, Rf1, pawns g2 h2; Black: Kg8, Qb6, Rf8, pawns f7 g7 h7. White to play: 1.Qe8!! Rxe8?? 2.Rf8# (nope - wrong!). Spot the error?",
    "Puzzle 'The Lucena position': build a bridge with the rook on the 4th rank. White: Kd8, Pd7, Rf1; Black: Kf7, Ra2.",
    "Philidor position (R+P vs R): keep the rook on the 3rd rank until the pawn advances, then go to the back and give checks.",
    "Puzzle app question: why is 23.Qxf7+ marked as wrong? It wins too! -> The app only accepts the fastest mate.",
    "Solved it in 45 s: 1...Qxh2+!! 2.Kxh2 hxg3+ 3.Kg1 Rh1# -- the h-file was the key. Loved this one.",
    "Composer's note: no 'checks' allowed as the key move. The key 1.Qa1!! is a quiet move that sets zugzwang.",
    "Knight tour puzzle for the kids: visit all 64 squares once. Warnsdorff's rule: go to the square with the fewest onward moves.",
    "Eight queens puzzle: place 8 queens so none attack each other. There are 92 solutions (12 distinct up to symmetry).",
    "Puzzle #117 — helpmate in 2 (Black moves first and helps White mate). Multiple solutions? Tell us!",
    "Help! The puzzle says 'mate in 2' but 1.Rxd7?? loses to ...Qxg2#. Is there a typo in the diagram?",
    "This puzzle needs the 50-move rule: White to play and draw; position has halfmove clock = 98. Any non-capture / non-pawn move for 1 ply = draw claim.",
    "'Smothered mate' pattern: Qg8+! Rxg8 Nf7#. Black's own pieces block the king.",
    "Weekly puzzle answer (#114): 1.Rd8+! Bxd8 2.Qe8+ Kh7 3.Qxf7 and Black can't cover both g8 and h5. If 1...Kh7 2.Qd3+ g6 3.Rd7 +-",
    "Retro puzzle: 'What was Black's last move?' Position: white Kb1, black Ka3, Pb2+. Hint: it's a capture.",
    "Puzzle: find the only move that doesn't lose — 3 of the 4 candidate moves lose a piece. Rated 1800.",
    "Puzzle from Thursday's simul: GM played 1.Ne6!! fxe6 2.Qxg6 with mate threats on g7 and h7. Easy to see in hindsight.",
    "Trick question: can a pawn capture en passant if the pawn moved 2 squares 2 moves ago? No — only immediately.",
    "Pattern 'Boden's mate': two criss-crossing bishops, e.g. Ba6# with the other on f4 — king on c8, pieces on b8/d7.",
    "Endgame challenge: win K+B+N vs K in under 33 moves. The 'W manoeuvre' with the knight is the key technique.",
    "Hint for #116: the answer isn't a check, a capture, or a threat... it's a *prophylactic* move. Think about ...Nd4.",
    "Puzzle solvers' ladder:\n1) Kim — 112 pts\n2) Tanaka — 98 pts\n3) Evans E. — 97 pts\n4) O'Neill — 90 pts",
    "Mate in 5 (from an 1890s collection): 1.Qh6+!! Kxh6 2.Rh3+ Kg5 3.Rg3+ Kh6? — wait, 3...Kf4 escapes. Did I set it up wrong?",
    "Two-move problem: key 1.Bc4! (threat 2.Qd5#). Variations: 1...Nb6 2.Qxe5#; 1...Rxc4 2.Rd6#; 1...e4 2.Qf6#.",
    "Deflection puzzle: 1.Re8+ Rxe8 2.Qxd5 wins the queen. The rook on d8 can't both defend e8 and d5.",
    "Our daily-puzzle script picks positions from members' games; if your game appears, you get a shout-out in the newsletter!",
    "Puzzle idea: show a position where castling is the only mating move. (Yes, O-O-O# exists!)",
]

PZ_THEMES = ["fork", "pin", "skewer", "discovered attack", "deflection", "decoy", "back-rank mate", "zugzwang", "smothered mate", "underpromotion", "interference", "x-ray"]
PZ_SIDE = ["White", "Black"]
PZ_GOALS = ["mate in 2", "mate in 3", "wins material", "draws", "wins"]


def tpl_puzzle(r):
    n = r.randint(100, 999)
    return (f"Puzzle #{n}: {r.choice(PZ_SIDE)} to play, {r.choice(PZ_GOALS)}. "
            f"Theme: {r.choice(PZ_THEMES)} ({r.randint(900, 2400)}).")


# ---------------------------------------------------------------- other board games
OTHER = [
    "(;GM[1]FF[4]SZ[19]KM[6.5]PB[Tanaka]PW[Lee];B[pd];W[dp];B[pp];W[dd];B[fq];W[cn];B[jp])",
    "Go club: SGF from Friday: ;B[qd];W[dc];B[pq];W[oc];B[dp] -- 3-3 invasion at move 12? C[too early?]",
    "Backgammon opening roll 3-1: 8/5 6/5 (make the 5-point). For 6-5: 24/13 ('lover's leap').",
    "Bridge bidding: 1NT - 2♣ (Stayman) - 2♥ - 4♥. 1NT = 15-17 HCP, balanced.",
    "Tonight's bridge hand #7: ♠AKJ4 ♥Q102 ♦K83 ♣A95 — open 1NT? With 17 HCP and a 4-card spade suit, yes.",
    "Shogi notation: P-7f, P-3d, P-2f — or in Western style 1. P-76 P-34 2. P-26. Kifu attached (.kif).",
    "Xiangqi (Chinese chess): 炮二平五 马8进7 — central cannon opening. Our club plays Thursday 6pm.",
    "Checkers (8x8): 11-15 23-19 8-11 22-17 — 'Old Fourteenth' opening? Or am I confusing it with the 'Single Corner' (11-15 22-18)?",
    "International draughts 10x10: 32-28 19-23 28x19 14x23 — exchange in the centre. Notation uses squares 1-50.",
    "Backgammon: doubled at 4-0 in a 7-point match... take or pass? Cube is on 2, gammon risk high. I passed. Wrong?",
    "Go handicap rules for the club ladder: 1 stone per rank of difference, max 9 stones; komi 0.5 for handicap games.",
    "SGF tip: C[...] is a comment, LB[pd:A] puts a label 'A' on the board, AB[dd][pp] adds black stones. ';' starts a node.",
    "Bridge: 2♣ (strong, artificial, 22+) - 2♦ (waiting) - 2NT (22-24 bal.) - 3♣ (Stayman). Weak 2s: 2♦/2♥/2♠ = 6-10 HCP.",
    "Othello/Reversi opening: f5 d6 c3 d3 c4 — 'Tiger'. Board notation a-h, 1-8, like chess.",
    "Scrabble: QI (11 pts) on a TWS? Only with a blank… Word list: Collins 2019. 'ZA' is valid, 'ZE' too now.",
    "Mahjong (Riichi) rules summary: 4 players, 136 tiles; 'tenpai' = one tile from a win. Thursday table, bring 1000-point sticks.",
    "Backgammon game record:\n1) 31: 8/5 6/5\t 42: 8/4 6/4\n2) 64: 24/18 13/9\t 55: 13/3(2)\n3) 21: 13/11 6/5*\t 25: bar/23 6/1*",
    "Go: the 'Chinese opening' (;B[pd];B[pp];B[qj]) — a fast, balanced framework. Against it white often plays W[dd] W[dp] W[qn].",
    "Bridge result: N/S +620 (4♠ making 5). E/W had a sacrifice in 5♦ -500; we took the push. Matchpoints: 7/12.",
    "Chinese checkers for the family night — 6-player star board. Moves: hop over any piece, chain hops allowed.",
    "Shogi: the 'Ranging Rook' (Furibisha) vs 'Static Rook' (Ibisha). In kifu: ▲7六歩 △3四歩 ▲6六歩.",
    "Backgammon pip count: 167 vs 167 at the start. After 6-5 (24/13): 156 vs 167. Race favours the one with fewer pips.",
    "Go SGF with variations: (;B[pd];W[dp](;B[pp];W[dd])(;B[dc];W[pp])) — parentheses mark branches, same as PGN!",
    "Bridge: 1♠ - 2♦ - 2♥ - 3♠ - 4♠ = Pass. Lead ♦A; 10 tricks; +620 N/S. Play: drew trumps in 3 rounds, ruffed a club.",
    "Shogi 'drops': captured pieces can be placed back (e.g. P*5e = pawn drop on 5e). Two pawns on one file = illegal (nifu).",
    "Chess variant night: Crazyhouse (drops like shogi), Atomic, Three-check, King of the Hill, Horde. Notation: N@f7 = drop.",
    "Backgammon doubling-cube rules: you may double before your roll; opponent takes (game value x2) or passes (loses current stake).",
    "Xiangqi notation (WXF): C2=5 H8+7 H2+3 R9=8 — cannon 2 to file 5, horse 8 forward to 7, etc.",
    "Go tsumego #23: black to live. ;AB[ra][qb][pb][ob][nc][nd]AW[rb][qc][pc][oc] - answer B[sb]!",
    "Bridge convention card (our pair): 1NT 15-17, Stayman, Jacoby transfers, 2♣ = game forcing, Blackwood (RKCB 1430).",
    "Backgammon: 'hit and run' 13/7* 7/2? or 'pointing on the blot' 8/2* 6/2? With 6-5 I'd run: 24/13.",
    "Hex (11x11): a1-k11. Swap rule in force: after first move, second player may swap colours instead of moving.",
    "Carcassonne scoring: 2 pts/tile for completed cities, +2 per shield; farms at the end = 3 pts per completed city. No 'farmer wars' please.",
    "Go: 'Ko' rule — you can't immediately retake. SGF records it as normal moves; the app highlights ko with KO[] property.",
    "Checkers (English draughts): 'Forced capture' — if a jump is available you MUST take it. 9x18x27 = double jump.",
    "Bridge score: NS vul, 3NT= +600; 3NT+1 +630. Down 1 vul -100, doubled -200. 'It's a slam!' — no, 12 tricks in NT needs 6NT bid.",
    "Backgammon match to 11, Crawford rule at 10-away/1-away: no doubling for one game. Post-Crawford: the trailer doubles at once.",
    "Shogi problem (tsume): ▲5二金まで 3手詰 — mate in 3 with a gold drop. Answer: G*5b.",
    "SGF header for the club tournament: (;GM[1]FF[4]CA[UTF-8]AP[ClubTool:2.1]RU[Japanese]SZ[19]KM[6.5]TM[1800]OT[5x30 byo-yomi]EV[Autumn Go])",
    "Go: 4-4 point = 'hoshi'; 3-4 = 'komoku'; 3-3 = 'san-san'. In SGF on 19x19: pd / pc / qc (from top-right).",
    "Bridge: West led the ♣K. Dummy: ♠Q98 ♥AK5 ♦Q10763 ♣43. We made 3NT on a squeeze — first squeeze of my life!",
    "Backgammon position ID: 4HPwATDgc/ABMA (GNU format). Match ID: cAkAAAAAAAAA. Paste into the analyser.",
    "Quick rules for our Diplomacy evening: orders written as 'A Par - Bur', 'F Lon S F Nth - Eng', 'A Mun H'. No shouting.",
    "Bridge: 'Lebensohl' after 1NT - (2♠) - 2NT = relay to 3♣. Yes, we'll explain it at the beginners' class on Monday.",
    "Nine Men's Morris: form a mill (3 in a row) & remove an opponent's piece. Flying allowed when you have 3 pieces left.",
    "Go rank update: Tanaka 2d → 3d (KGS). Lee 5k → 4k. Handicap reset from next week.",
    "Backgammon opening table: 3-1 8/5 6/5; 4-2 8/4 6/4; 6-1 13/7 8/7; 5-3 8/3 6/3; 6-4 24/14 or 24/18 13/9 or 8/2 6/2.",
]

SGF_COLS = "abcdefghijklmnopqrs"
BG_MOVES = ["24/18", "13/11", "8/5", "6/5", "13/7", "8/7", "24/13", "6/2*", "bar/20", "13/9", "6/1*", "24/20"]
BRIDGE_BIDS = ["1NT", "2♣", "2♦", "2♥", "2♠", "3NT", "4♥", "4♠", "1♠", "1♥", "Pass", "Dbl"]


def tpl_other(r):
    kind = r.randint(0, 2)
    if kind == 0:
        nodes = []
        for i in range(r.randint(4, 8)):
            c = "B" if i % 2 == 0 else "W"
            nodes.append(f";{c}[{r.choice(SGF_COLS)}{r.choice(SGF_COLS)}]")
        return "(;GM[1]SZ[19]" + "".join(nodes) + ")"
    if kind == 1:
        d1, d2 = r.randint(1, 6), r.randint(1, 6)
        return f"Backgammon roll {d1}-{d2}: {r.choice(BG_MOVES)} {r.choice(BG_MOVES)}"
    bids = [r.choice(BRIDGE_BIDS) for _ in range(r.randint(3, 5))]
    return "Bidding: " + " - ".join(bids)


# ---------------------------------------------------------------- announcements
ANNOUNCE = [
    "Club night moves to Thursdays from 5 Sept: 7pm-10:30pm at St. Mary's Hall (side entrance; ring the bell if the door's locked).",
    "AGM Agenda:\n1. Minutes of last AGM\n2. Treasurer's report (subs £40/yr; juniors & concessions £15)\n3. Election of officers\n4. AOB",
    "Reminder: the hall is booked until 22:30 sharp — please help put the tables & clocks away by 22:15.",
    "Summer Swiss entry form: https://castlegate-chess.example/events/summer-swiss?section=open&fee=15 — pay on the night or by bank transfer.",
    "Junior club Saturday 10:00-12:00; parents please stay on site. DBS-checked volunteers only. Questions → juniors@castlegate-chess.example",
    "New digital clocks arrived (DGT 2010 × 12). Please use the 'Fischer' mode for 90+30. Manual on the shared drive: \\\\clubpc\\docs\\DGT2010_manual.pdf",
    "Simul with GM Ortega on 12 Oct: 30 boards, £10 per board, bring your own set. Sign up on the sheet by the door.",
    "Please don't leave drinks on the tables next to the boards — we lost two score books to a spilled pint last week!",
    "Lost & found: a black & white wooden king (staunton, 3.75\") found under the radiator. Ask at the bar.",
    "The Castlegate Open will be FIDE-rated this year! Arbiter: IA M. Hughes. Entries close 1 Nov; max 60 players.",
    "Newsletter #42 is out: annotated games, puzzle corner, 'Ask the arbiter' & a report from the county match. Link: https://castlegate-chess.example/newsletter/42.pdf",
    "League fixtures uploaded to the calendar (iCal: webcal://castlegate-chess.example/calendar.ics). Captains: please check home/away.",
    "Chess & Coffee mornings (Sun 10-12) at the Bean There café, 14 High St. Casual games, all levels, no clocks required.",
    "Membership renewal: £40 (adult) / £15 (U18, students, 65+). Bank: Castlegate Chess Club, sort code 00-00-00, acc. 00000000, ref = your surname.",
    "Parking: the car park behind the hall is 'permit only' after 6pm — use the public car park on Mill Lane (free after 18:00).",
    "Call for volunteers: we need 2 arbiters & 1 DOP-assistant for the Rapidplay on 23 Nov. Free entry + lunch for helpers!",
    "Beginners' course, 6 weeks, starting Mon 14 Oct 6-7pm: rules, notation, basic mates, opening principles. Free for members.",
    "The club library has moved to the cupboard in room 2 (key at the bar). Books: sign out in the blue folder; 3 weeks max.",
    "Health & safety: please report any broken chairs to the committee. The fire exit (back door) must stay clear at all times.",
    "Online club on lichess: join 'Castlegate CC' team — arena every Tuesday 20:00 (5+3) and Swiss 1st Sunday of the month (10+5).",
    "Congratulations to Ji-woo Kim (11), county U12 champion with 7/7! Photos on the club site & in the local paper.",
    "Annual dinner: Sat 7 Dec, 7:30pm for 8pm, The Crown & Anchor. Menu: soup/salad, roast/veg option, crumble/cheeseboard. £28 pp.",
    "Please note: from January, the club's email list moves to groups.castlegate-chess.example (old address will stop working 31/12).",
    "Blitz tournament this Friday: 9 rounds, 3+2, Swiss. Entry £3 (cash, to the jar). Start 19:30; no late entries after R1.",
    "A big thank-you to everyone who helped at the school festival stall: 120+ kids played their first game of chess!",
    "Board & Game Night (non-chess): 1st Friday each month. Go, backgammon, bridge, Carcassonne & more. Bring snacks!",
    "Rule reminder (FIDE Laws, 6.2.2): you must press the clock with the same hand you moved with. Arbiters WILL enforce this in rated games.",
    "Phones: must be switched OFF (not silent) in the playing hall during rated games. A ringing phone = loss of the game (Art. 11.3.b).",
    "Committee 2024/25: President – R. Evans; Secretary – N. O'Connor; Treasurer – H. Barrett; Match Sec. – C. Okafor; Junior Org. – F. Ahmed.",
    "Anyone interested in a car share to the Hastings Congress (27 Dec - 5 Jan)? Post here or email travel@castlegate-chess.example",
    "Room change: tonight's game in room 3 (upstairs, 1st floor). The lift is out of order; please ask if you need help with the stairs.",
    "The website's game database now accepts PGN uploads up to 5 MB; the importer checks for valid tags & moves before saving.",
    "Club t-shirts: black with a white knight logo, S-XXL, £12. Order form: https://castlegate-chess.example/shop?item=tshirt&size=M",
    "Next Tuesday: talk by Dr. Müller-Schmidt — 'Select games from the 1924 Paris Olympiad'. 8pm, room 2. Non-members welcome (£2).",
    "Please return the club's demonstration board (magnetic, 'the big one') by Friday — it's needed for the juniors on Saturday.",
    "Safeguarding policy updated (v3.2). Copies at /docs/policies/safeguarding-v3.2.pdf & on the noticeboard. Please read if you work with juniors.",
    "Sponsorship: thanks to 'Pawn & Pint' brewery for sponsoring this year's Open (£500 prize fund top-up). Cheers!",
    "Summer break: no club nights 29 July - 19 Aug. The online arena continues as usual (Tue 20:00).",
    "New members' evening: Thursday 3 Oct. Come along, play a few games, meet the team. No experience needed — we have spare sets & boards.",
    "WhatsApp group for last-minute changes: ask the secretary to add you (no spam, no politics, only chess & the occasional cake photo).",
    "Tonight's lecture postponed → next week. The speaker has covid. Get well soon, Iain!",
    "County Individual Championships (Feb 15-16): entry forms & rules at https://countychess.example/champs2025 — closing date 31 Jan.",
    "Arbiter course (FIDE Arbiter Seminar) in March, 4 x Saturday mornings. Interested? Contact arbiters@castlegate-chess.example",
    "Please tidy up the sets properly: all 32 pieces in each box (count them!) — last week three sets were missing a white bishop.",
    "The committee approved new rules for the ladder: challenges must be accepted within 14 days; max 2 places above you; results by Sunday 23:59.",
    "Christmas quiz & blitz: teams of 3, trivia rounds + 5+0 blitz rounds. Prizes: chocolate coins & bragging rights. 🎄",
    "Select your section (Open / Major / Minor) on the entry form; if you're unsure, select the one matching your September rating.",
    "Exec committee meeting Mon 7pm (room 2). Agenda: budget, the Southern Counties Chess Union fixtures, new clocks.",
    "Newsletter editors: link to older issues with relative links like [issue 41](../41/) - absolute links break when we move servers.",
    "Draw alert! Five of the seven top boards ended ½-½ in round 3. Get some sleep & come back fighting tomorrow (R4 9:30 sharp).",
    "Thank you to the 18 members who completed the survey. Results: 72% prefer Thursday; 61% want more rapidplays; 40% want a café night.",
]

ANN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ANN_EVENTS = ["Blitz night (3+2)", "Rapidplay (15+10)", "Beginners' class", "Junior club", "Go & backgammon evening", "Endgame workshop", "Simul vs. the club champion", "Bridge for chess players"]
ANN_PLACES = ["St. Mary's Hall", "Room 2", "The Crown & Anchor", "Bean There café", "Scout Hut, Mill Lane", "Library annex (1st floor)"]


def tpl_announce(r):
    h = r.randint(6, 9)
    m = r.choice(["00", "15", "30"])
    return (f"{r.choice(ANN_EVENTS)} this {r.choice(ANN_DAYS)}, {h}:{m}pm @ {r.choice(ANN_PLACES)}"
            f" — entry £{r.randint(0, 10)}; all welcome!")


# ---------------------------------------------------------------- multilingual
MULTI = [
    "Partie d'hier: 1. e4 c5 2. Cf3 d6 3. d4 cxd4 4. Cxd4 Cf6 5. Cc3 a6 — la Najdorf, évidemment. J'ai perdu au 34e coup.",
    "Schöne Partie! 23. Txf7!! war wirklich stark – Weiß gewinnt danach mit Dd8+ und Sf6. Glückwunsch zum Turniersieg!",
    "La apertura española (C60-C99): 1.e4 e5 2.Cf3 Cc6 3.Ab5. ¿Alguien quiere analizar la línea Berlinesa el jueves?",
    "Партия №3: 1. d4 Кf6 2. c4 e6 3. Кc3 Сb4 — защита Нимцовича. Чёрные сыграли ...d5 и получили равенство.",
    "定跡の研究会：毎週土曜日 14:00〜。将棋とチェスの両方OK。初心者歓迎！",
    "Turniej klubowy: runda 4 w czwartek o 19:00. Proszę o punktualność — zegary ustawiamy na 90'+30\".",
    "Ho giocato la Siciliana Dragone: 1.e4 c5 2.Cf3 d6 3.d4 cxd4 4.Cxd4 Cf6 5.Cc3 g6. Alfiere in fianchetto, re arroccato… e poi il disastro.",
    "Oyun notu: 15...Fxh2+!! şahı açıkta bıraktı; Beyaz 16. Şxh2 oynadıktan sonra Vh4+ ile beraberlik geldi. ½-½",
    "O Gambito da Dama: 1.d4 d5 2.c4 — não é realmente um gambito, porque as brancas recuperam o peão.",
    "国际象棋俱乐部通知：本周六下午两点举行快棋赛（15+10），报名费 20 元。",
    "Schachklub-Ankündigung: Blitzturnier am Freitag, 9 Runden à 3+2. Startgeld 3 € (bar). Nachmeldungen nur bis 19:25!",
    "체스 클럽 공지: 목요일 저녁 7시, 초보자 환영! 보드와 시계는 클럽에서 준비합니다.",
    "Nederlands: 1. e4 e5 2. Pf3 Pc6 3. Lb5 — Spaans. Wit: K=koning, D=dame, T=toren, L=loper, P=paard.",
    "Muistiinpano: 12...Rxe4?! oli riskialtis, mutta toimi. Valkea ei löytänyt siirtoa 13. Lxf7+!",
    "Ελληνικά: Η παρτίδα έληξε ισόπαλη (½–½) μετά από τριπλή επανάληψη θέσης στην 41η κίνηση.",
    "Notes en français: « Les blancs jouent et font mat en 3 » — solution : 1.Dxh7+!! Rxh7 2.Th3+ Rg8 3.Th8#",
    "Trận đấu tối qua: Trắng thắng sau 42 nước. Khai cuộc Caro-Kann, biến Advance (B12).",
    "Šachový klub: turnaj v rapid šachu v sobotu od 9:00, tempo 15 min + 10 s/tah. Startovné 100 Kč.",
    "Lịch thi đấu vòng 5: Bàn 1 Nguyễn – Zhang, Bàn 2 Patel – Ahmed. Bắt đầu lúc 19h15.",
    "Shakki-ilta torstaina klo 18-22 kirjastolla. Tuo oma lauta jos mahdollista! ♟️",
    "Partida comentada: 17...Dxb2?? 18.Tb1 Dxa2 19.Txb7 y las blancas ganan; mejor era 17...Tfe8 (=).",
    "日本語メモ：この局面（FEN: r1bqkb1r/pppp1ppp/2n2n2/4p3/2B1P3/5N2/PPPP1PPP/RNBQK2R w KQkq - 4 4）で Ng5 は有力？",
    "Svenska: Dam = D, Torn = T, Löpare = L, Springare = S. 1. e4 e5 2. Sf3 Sc6 3. Lc4 Lc5 – Italienskt parti.",
    "Türkçe: Rating değişimi +14 (1788 → 1802). Turnuvada 5/7 yaptım, çok mutluyum!",
    "Deutsch: Remis durch dreifache Stellungswiederholung — der Schiedsrichter hat's bestätigt. Schlussstellung: 8/5pk1/6p1/8/8/6P1/5PK1/8",
    "Español: ¡Mate del pasillo! La torre en la octava fila, el rey encerrado por sus propios peones. Clásico.",
    "Русский: Задача недели — белые начинают и выигрывают. Подсказка: «тихий» ход.",
    "עברית: מועדון השחמט נפגש ביום שלישי בשעה 19:30. כולם מוזמנים!",
    "العربية: بطولة النادي يوم الجمعة، ٧ جولات، نظام سويسري. التسجيل عند المدخل.",
    "हिन्दी: शतरंज क्लब की बैठक गुरुवार शाम 7 बजे। नए सदस्यों का स्वागत है!",
    "Català: L'obertura catalana (E01-E09) — 1.d4 Cf6 2.c4 e6 3.g3. Perfecte per a jugadors pacients.",
    "Magyar: A 23. lépésben Bxh7+!! – görög áldozat. Sötét nem tudta elkerülni a mattot.",
    "Română: Runda a 3-a: masa 1 Popescu – Ionescu 1-0, masa 2 Georgescu – Dumitru ½-½.",
    "Norsk: Klubbmesterskap — Ødegaard vant med 6/7 poeng. Gratulerer! Neste runde: torsdag kl. 18:30.",
    "Dansk: Holdkamp mod Aarhus B: 4½-3½ til os! Bræt 1 Sørensen vandt flot med sort i Sicilianer.",
    "Bahasa Indonesia: Turnamen catur cepat (rapid) hari Sabtu, jam 14.00, biaya pendaftaran Rp 50.000.",
    "Kiswahili: Mashindano ya chess Jumamosi saa nne asubuhi. Karibuni wote!",
    "Gaeilge: Cluiche ficheall Déardaoin ag 7 i.n. — fáilte roimh chách!",
    "Cymraeg: Noson gwyddbwyll nos Iau am 7yh. Croeso i bawb, dechreuwyr hefyd!",
    "Português (BR): Rating subiu de 1650 para 1672 (+22). \"Finalmente\", disse o técnico.",
    "Italiano: Il torneo sociale inizia il 5 ottobre; cadenza 90' + 30\" a mossa. Iscrizioni su https://castlegate-chess.example/it/iscrizioni",
    "Français: « Le cavalier en f5 est un monstre » — c'est ce que mon coach répète à chaque cours.",
    "Deutsch: Die Berliner Verteidigung (C67) — 1.e4 e5 2.Sf3 Sc6 3.Lb5 Sf6 4.0-0 Sxe4 5.d4 Sd6 6.Lxc6 dxc6 7.dxe5 Sf5 8.Dxd8+ Kxd8",
    "中文：这盘棋黑方在第 27 回合走了 …Rxf2!!，白方无法防守。",
    "Українська: Клубний турнір: 7 турів, швейцарська система. Реєстрація до четверга.",
    "Polski: Gambit hetmański przyjęty (D20): 1.d4 d5 2.c4 dxc4. Czarne oddają centrum, ale zyskują czas.",
    "Español (MX): ¿Quién trae los relojes el sábado? Yo llevo 3 tableros y las piezas de madera.",
]

MULTI_TEMPL = [
    ("fr", "Résultat de la ronde {n} : {a} – {b} {res}"),
    ("de", "Ergebnis Runde {n}: {a} – {b} {res}"),
    ("es", "Resultado ronda {n}: {a} – {b} {res}"),
    ("it", "Risultato turno {n}: {a} – {b} {res}"),
    ("pl", "Wynik rundy {n}: {a} – {b} {res}"),
    ("ru", "Результат тура {n}: {a} – {b} {res}"),
    ("ja", "第{n}ラウンド結果：{a} – {b} {res}"),
    ("tr", "{n}. tur sonucu: {a} – {b} {res}"),
]
MULTI_NAMES = ["Müller", "Dubois", "García", "Rossi", "Nowak", "Иванов", "田中", "Yılmaz", "Sørensen", "Nguyễn"]


def tpl_multi(r):
    _, t = r.choice(MULTI_TEMPL)
    a, b = r.sample(MULTI_NAMES, 2)
    return t.format(n=r.randint(1, 9), a=a, b=b, res=r.choice(["1-0", "0-1", "½-½"]))


CATEGORIES = [
    ("pgn", PGN, tpl_pgn),
    ("fen", FEN, tpl_fen),
    ("annotation", ANNOT, tpl_annotation),
    ("pairings", PAIR, tpl_pairing),
    ("rating", RATING, tpl_rating),
    ("opening", OPEN, tpl_opening),
    ("puzzle", PUZZLE, tpl_puzzle),
    ("other-games", OTHER, tpl_other),
    ("announcement", ANNOUNCE, tpl_announce),
    ("multilingual", MULTI, tpl_multi),
]


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    literal_total = 0
    report = []
    for cat, literals, tpl in CATEGORIES:
        vals = []
        lit = 0
        for v in literals:
            if v not in seen and len(vals) < PER_CATEGORY:
                seen.add(v)
                vals.append(v)
                lit += 1
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            v = tpl(r)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            rows.append({"category": cat, "label": "benign", "value": v})
        literal_total += lit
        report.append((cat, len(vals), lit))
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-{i:05d}", **row})
    values = [o["value"] for o in out]
    assert len(values) == len(set(values)), "duplicate values"
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, n, lit in report:
        print(f"{cat:14s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"total {len(out)}  literals {literal_total}")


if __name__ == "__main__":
    main()
