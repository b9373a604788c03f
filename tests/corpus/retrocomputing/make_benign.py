#!/usr/bin/env python3
"""Benign corpus for the retrocomputing / emulator forum theme.

Standard library only. Writes benign.jsonl next to this file.
Every literal below was written by hand for this corpus. In the literal
blocks one value is one line; the character U+00B6 (pilcrow) stands for a
line break inside a value.
"""
import json
import os
import random

SEED = 11401
PREFIX = "hbb4"
PER_CATEGORY = 80
MIN_LITERALS = 50


def L(block):
    out = []
    for line in block.split("\n"):
        line = line.strip()
        if not line:
            continue
        out.append(line.replace("\u00b6", "\n"))
    return out


# ---------------------------------------------------------------- 1 BASIC
BASIC = L(r'''
10 PRINT "HELLO WORLD" : GOTO 10
10 PRINT CHR$(205.5+RND(1)); : GOTO 10
POKE 53280,0 : POKE 53281,0
POKE 53281,6 : REM blue background like the real thing
PRINT PEEK(53272)
10 FOR I=1 TO 10: PRINT I: NEXT I
20 IF A$="Y" THEN GOTO 100
30 INPUT "WHAT IS YOUR NAME"; N$
40 PRINT "HELLO, "; N$; "!"
SYS 64738
SYS 49152
LOAD "*",8,1
LOAD "$",8 and then LIST to see the directory
CALL -151
10 HGR : HCOLOR=3 : HPLOT 0,0 TO 279,191
BLOAD PICTURE,A$2000
100 DATA 169,0,141,32,208,96
110 FOR A=49152 TO 49157: READ B: POKE A,B: NEXT A
10 ON X GOTO 100,200,300
10 DIM A(100): FOR I=0 TO 100: A(I)=INT(RND(1)*6)+1: NEXT
10 CLS: SCREEN 1: LINE (0,0)-(319,199),3,B
10 BORDER 0: PAPER 0: INK 7: CLS
10 PRINT AT 10,5;"GAME OVER"
LOAD "" CODE 32768
RANDOMIZE USR 32768
10 MODE 7: PRINT CHR$(141);"Double height"
*FX 200,3
IF X<0 OR X>39 THEN X=20
IF PEEK(197)<>64 THEN GOTO 50
200 IF SC>HI THEN HI=SC: PRINT "NEW HIGH SCORE!"
10 REM *** SELECT DIFFICULTY ***
10 A$="DON'T PANIC": PRINT LEFT$(A$,5)
20 PRINT MID$(A$,3,2); RIGHT$(A$,3)
GOSUB 1000 ... and don't forget the RETURN at the end of the subroutine
10 OPEN 1,4: CMD 1: LIST
OPEN 15,8,15,"S0:OLDFILE": CLOSE 15
OPEN 15,8,15,"N0:GAMES,01": CLOSE 15
10 PRINT "{CLR}{DOWN}{DOWN}   MAIN MENU"
10 PRINT"{clr}{wht}score:";s
10 REM GUESS THE NUMBER¶20 N=INT(RND(1)*100)+1¶30 INPUT "GUESS";G¶40 IF G<N THEN PRINT "HIGHER":GOTO 30¶50 IF G>N THEN PRINT "LOWER":GOTO 30¶60 PRINT "YOU GOT IT!"
SCREEN 13: PSET (160, 100), 14
DECLARE SUB DrawBoard ()
OPEN "SCORES.DAT" FOR APPEND AS #1
SLEEP 2 ' wait two seconds before the title screen
SELECT CASE K$¶  CASE "Q": END¶  CASE "N": GOSUB NewGame¶END SELECT
Is it normal that PRINT 1/3 gives .333333333 on the C64 but 0.3333333 on the Apple?
Why does POKE 650,128 make all keys repeat?
?SYNTAX  ERROR IN 40
?OUT OF MEMORY  ERROR right after DIM A(5000)
PRINT FRE(0) returns -26627, add 65536 to get the real value
LIST 100-200
RENUM 100,10
AUTO 10,10
SAVE "@0:GAME",8 -- the save-with-replace bug, don't use it on a 1541
VERIFY "GAME",8
BLOAD "GAME.BIN",R
DEF FN R(X)=INT(RND(1)*X)+1
10 MODE 1: INK 0,0: INK 1,26
10 GRAPHICS 8+16: COLOR 1: PLOT 0,0: DRAWTO 319,191
POKE 710,0: POKE 712,0
10 CLS: PRINT @ 512, "READY"
10 LET X = X + 1 -- yes, LET is optional on most dialects
IF (PEEK(56320) AND 16) = 0 THEN PRINT "FIRE"
POKE 198,0: WAIT 198,1: GET K$
10 PRINT "<PRESS SPACE TO START>"
PRINT "SCORE: ";S;" | LIVES: ";L
10 PRINT "ЗДРАВСТВУЙ, МИР" works on the Агат with the Cyrillic ROM
''')

BASIC_LN = ["10", "20", "30", "100", "110", "250", "500", "1000", "1010", "2000", "9000", "60"]
BASIC_STMT = [
    'PRINT "PRESS FIRE"', "POKE 53280,PEEK(53280)+1", "GOTO 10", "GOSUB 5000",
    "IF J=0 THEN 40", "X=X+DX: Y=Y+DY", 'PRINT CHR$(147)', "FOR T=1 TO 500: NEXT T",
    "POKE 54296,15", "ON K GOSUB 300,400,500", 'INPUT "LEVEL (1-9)";LV', "RETURN",
    "DATA 255,129,129,255", 'PRINT TAB(12);"HALL OF FAME"', "A=PEEK(162)", "END",
]
BASIC_COMMENT = ["", "", " : REM main loop", " : REM sprite y", " : REM sound off", " : REM timer"]


def basic_tpl(rng):
    return rng.choice(BASIC_LN) + " " + rng.choice(BASIC_STMT) + rng.choice(BASIC_COMMENT)


# ------------------------------------------------------------- 2 assembly
ASM = L(r'''
LDA #$00¶STA $D020¶STA $D021¶RTS
LDX #$FF / TXS -- resets the stack pointer
JSR $FFD2 prints the character in A (CHROUT)
loop: DEX¶      BNE loop
LD A,(HL)¶INC HL¶OR A¶JR NZ,loop
LD HL,$4000 ; screen start on the Spectrum
LD BC,6912 ; 6144 bitmap + 768 attributes
LDIR copies BC bytes from (HL) to (DE)
DI¶IM 2¶EI
OUT ($FE),A ; border colour
IN A,($FE)
CALL &BB5A ; TXT OUTPUT on the CPC
RST $10 prints a character on the Speccy
move.l #$DFF000,a6 ; custom chip base
move.w #$7FFF,$dff09a ; disable all interrupts (INTENA)
lea $dff000,a5
.loop: dbra d0,.loop
mov ah,09h¶mov dx,offset msg¶int 21h
mov ax,0013h¶int 10h ; mode 13h, 320x200x256
int 21h with ah=4Ch to exit back to DOS
xor ax,ax is one byte smaller than mov ax,0
cld¶rep movsb
SEI¶LDA #<irq¶STA $0314¶LDA #>irq¶STA $0315¶CLI
LDA #<message -- the < means low byte in ca65 and ACME, > is the high byte
BIT $2002 ; wait for vblank on the NES
LDA $4016 ; read controller 1
STA $2007 writes to PPU memory
ORG $C000
* = $0801
!byte $0b,$08,$0a,$00,$9e,$32,$30,$36,$31,$00,$00,$00 ; BASIC stub SYS 2061
.org $8000
msg db 'Don''t forget the dollar sign',13,10,'$'
PHA¶TXA¶PHA¶TYA¶PHA
ASL A¶ROL $FB
CMP #$20¶BCC notspace
ADC without a CLC first is the classic beginner bug
SBC #$01 -- remember SEC before it
JMP ($FFFC) jumps through the reset vector
the JMP ($xxFF) page-wrap bug on the NMOS 6502 bit me again
EX AF,AF' swaps in the shadow registers
EXX
DJNZ loop -- decrements B and jumps while B <> 0
HALT waits for the next interrupt
cycle counts: LDA abs = 4, LDA abs,X = 4 (+1 if a page is crossed)
illegal opcode LAX ($A7) loads A and X at once
the Z80 has undocumented IXH/IXL halves
acme -f cbm -o demo.prg demo.asm
ca65 main.s && ld65 -C nes.cfg main.o -o game.nes
pasmo --tapbas game.asm game.tap
sjasmplus --nologo --lst=main.lst main.asm
vasmm68k_mot -Fhunkexe -o demo demo.s
nasm -f bin boot.asm -o boot.bin
64tass --cbm-prg -o out.prg src.asm
jmp $ ; infinite loop in NASM syntax
times 510-($-$$) db 0¶dw 0xAA55
mov byte [es:di], 0x41
STA $D015 ; enable all 8 sprites -- value $FF
LDY #0¶- LDA text,Y¶  BEQ +¶  JSR $FFD2¶  INY¶  BNE -¶+ RTS
ld a,(ix+5) ; 19 T-states, slow but handy
push bc¶push de¶call draw_sprite¶pop de¶pop bc
The 68000 MOVEM.L d0-d7/a0-a6,-(sp) saves everything in one go
clr.l d0 vs moveq #0,d0 -- moveq is faster
sub.w #1,d7¶bne.s .next
Why does my Z80 code crash when SP is at $FFFF? Should I put it at $0000 so the first push lands at $FFFE?
''')

ASM_LINES = [
    ("LDA", ["#$0F", "$D012", "($FB),Y", "$0400,X", "#<buffer"]),
    ("STA", ["$D020", "$0400,X", "($FD),Y", "$D418"]),
    ("LD", ["A,(HL)", "HL,$5800", "(IX+2),A", "BC,$1800", "SP,$FF00"]),
    ("move.w", ["d0,(a0)+", "#$0F00,$dff180", "(a1),d1"]),
    ("mov", ["ax,cs", "es,ax", "cx,320", "si,offset table"]),
]
ASM_NOTE = ["", "", " ; why does this flicker?", " ; raster split here", " ; see page 212 of the manual", " ; self-modified below"]


def asm_tpl(rng):
    op, args = rng.choice(ASM_LINES)
    return op + " " + rng.choice(args) + rng.choice(ASM_NOTE)


# ------------------------------------------------------ 3 memory / hexdumps
MEM = L(r'''
$D000-$DFFF is the I/O area on the C64
0400-07E7 screen RAM, D800-DBE7 colour RAM
C000: A9 00 8D 20 D0 8D 21 D0 60
0801: 0B 08 0A 00 9E 32 30 36 31 00 00 00
00000000  4d 5a 90 00 03 00 00 00  04 00 00 00 ff ff 00 00  |MZ..............|
00000010  b8 00 00 00 00 00 00 00  40 00 00 00 00 00 00 00  |........@.......|
The first bytes of an ADF boot block are 44 4F 53 00, i.e. "DOS" and a zero
zero page $FB-$FE is free for your own pointers
$0314/$0315 is the IRQ vector
$FFFA NMI, $FFFC RESET, $FFFE IRQ/BRK
Spectrum: 0000-3FFF ROM, 4000-57FF screen, 5800-5AFF attributes, 5B00 printer buffer
CPC: &C000-&FFFF is screen memory in the default layout
Amiga: chip RAM at $000000, CIA-A at $BFE001, custom chips at $DFF000
Kickstart 1.3 ROM lives at $FC0000
A000:0000 is the VGA framebuffer in mode 13h
B800:0000 for colour text mode, B000:0000 for MDA/Hercules
segment:offset 1234:5678 = linear 0x179B8
640K conventional, UMBs from C800 to EFFF if EMM386 can find them
The IVT sits at 0000:0000, 256 vectors × 4 bytes
INT 13h, AH=02h reads sectors; AH=03h writes them
the header checksum at 0x14D in a Game Boy ROM
NES header: 4E 45 53 1A, then PRG size in 16K units
iNES byte 6 bit 0 = mirroring, bit 1 = battery
SID registers $D400–$D418
$D418 volume: POKE 54296,15
VIC bank selection at $DD00 bits 0-1 (inverted!)
(C:$e5cf) m 0801 0830
> C000 a9 00 8d 20 d0
*300L in the Apple monitor lists from $300
300: A9 C1 20 ED FD 60
peek(0x46C) is the BIOS tick counter at 0040:006C
boot block dump: 44 4F 53 00 C0 20 0F 19 00 00 03 70 43 FA 00 18
EB 3C 90 4D 53 44 4F 53 35 2E 30 -- "MSDOS5.0" OEM string
55 AA at offset 510 or the BIOS won't boot it
FAT12 media descriptor F0 for 1.44M, F9 for 720K
ROM checksum: sum of all bytes mod 256 should be 00
CRC32 of my kick13.rom: c4f0f55f -- matches the list
bank switching: writing to $8000-$9FFF selects the bank
the byte at $01 controls the PLA: $37 default, $35 = RAM under BASIC and KERNAL
a 16-bit little-endian word: $34 $12 means $1234
0x7FFF & 0x8000 == 0 so the sign bit is clear
screen address = (row * 40) + col + 1024
offset 0x1BE → first partition table entry
$FF & $0F = $0F, and $F0 | $0F = $FF
The memory dump shows "READY." at $A378 in the BASIC ROM
0x0000–0x3FFF: ROM bank 0¶0x4000–0x7FFF: switchable ROM bank¶0x8000–0x9FFF: VRAM¶0xA000–0xBFFF: cartridge RAM
| Address | Name | Notes |¶|---------|------|-------|¶| $D020 | border | 0-15 |¶| $D021 | background | 0-15 |
xxd -s 0x200 -l 64 disk.img
hexdump -C game.prg | head -n 4
od -A x -t x1z boot.bin | less
$DE00-$DEFF is I/O1, cartridges like the Action Replay live there
word at $002E = end of BASIC variables (VARTAB)
0000  00 00 00 00 00 00 00 00  <-- all zeros, the EPROM is blank
Memory map 0x8000 -> 0xBFFF is mirrored twice on the Atari 2600 cart bus? I read $F000-$FFFF somewhere
track 18 sector 0 holds the BAM; track 18 sector 1 starts the directory
Offset 0x16 in the D64 dir entry = REL file side-sector track
the 6502 stack is hard-wired to page 1 ($0100-$01FF)
CIA timer A low/high at $DC04/$DC05
''')

MEM_ADDR = ["C000", "0801", "1000", "2000", "4000", "8000", "A000", "E000", "FC00", "0340"]
MEM_BYTES = ["A9 01 8D 20 D0 60", "78 A9 7F 8D 0D DC", "4C 00 C0", "EA EA EA EA",
             "20 D2 FF C8 D0 F8", "AD 12 D0 C9 FF D0 F9", "00 00 00 00 00 00 00 00", "FF FF FF FF"]
MEM_NOTE = ["", "  ; my first routine", "  ; from the tape loader", "  <- is this right?", "  ; copied from the magazine"]


def mem_tpl(rng):
    return rng.choice(MEM_ADDR) + ": " + rng.choice(MEM_BYTES) + rng.choice(MEM_NOTE)


# --------------------------------------------------- 4 emulator config/CLI
EMU = L(r'''
x64sc -autostart game.d64
x64sc -warp -autostartprgmode 1 demo.prg
fs-uae --amiga_model=A1200 --floppy_drive_0=Workbench.adf
mame -rompath ~/roms pacman
mame neogeo -cart mslug -window
dosbox -conf dosbox-keen.conf -c "mount c ~/dos" -c "c:" -c "keen4e.exe"
[sdl]¶fullscreen=false¶output=opengl¶¶[cpu]¶core=auto¶cycles=max
[autoexec]¶mount c ~/dosgames¶c:¶cd WOLF3D¶WOLF3D.EXE
cycles=fixed 3000 feels right for 286-era games
retroarch -L ~/.config/retroarch/cores/fceumm_libretro.so smb.nes
fuse --machine 128 --tape manic.tzx
openmsx -machine Panasonic_FS-A1GT -carta nemesis2.rom
hatari --tos tos104uk.img --disk-a dungeon.st
VICE: Settings > Joystick > Port 2 = Keyset A
mednafen -psx.bios_na scph5501.bin game.cue
86Box.cfg: machine = ibm5160, cpu_family = 8088
qemu-system-i386 -fda dos622.img -m 16 -device sb16
qemu-system-i386 -hda win95.img -cdrom win95.iso -boot d -m 64
winuae config: cpu_type=68020, chipmem_size=4, fastmem_size=8
input_player1_a = "x"
video_shader = "~/shaders/crt-royale.slangp"
savestate_directory = "~/.config/retroarch/states"
system_directory = "${HOME}/RetroArch/system"
ROMPATH=$HOME/roms/mame; export ROMPATH
export SDL_VIDEODRIVER=x11 && mame -video opengl
mame -listxml | grep -i pacman
./configure --enable-sdl2 && make -j4
mkdir -p ~/.vice && cp vicerc ~/.vice/
[C64SC]¶VICIIFilter=1¶SidEngine=1¶SidModel=1
sbtype=sb16, sbbase=220, irq=7, dma=1, hdma=5
BLASTER=A220 I7 D1 H5 T6
mididevice=fluidsynth¶soundfont=~/sf2/GeneralUser.sf2
The config on Windows is in %LOCALAPPDATA%\DOSBox\dosbox-0.74-3.conf
C:\Users\Kai\AppData\Roaming\vice\vice.ini
~/Library/Preferences/DOSBox 0.74-3 Preferences
--scale 3 --filter hq3x
-joydev1 1 -joydev2 0
windowresolution=1920x1080, aspect=true, scaler=normal3x
mame -listroms mk2 shows what files it expects
emulator says: 'Missing ROM: dl-1425.bin' -- which set is that from?
MAME: "required files are missing, the machine cannot be run"
DOSBox: "Illegal command: keen.exe" -- forgot to mount c first
WinUAE: Quickstart → A500 → 1.3 ROM → "Most compatible"
MiSTer: copy boot.rom into /media/fat/games/NES/
/media/fat/games/C64/ is where the MiSTer core looks for .d64 files
rsync -av roms/ pi@retropie.local:~/RetroPie/roms/
scp game.d64 pi@192.168.1.40:/home/pi/RetroPie/roms/c64/
es_systems.cfg: <extension>.d64 .D64 .t64 .prg</extension>
<system><name>c64</name><path>~/RetroPie/roms/c64</path><command>%ROM%</command></system>
cheat: 7E0DBE:09 for 9 lives
Game Genie code SXIOPO = infinite lives in SMB
Does anyone know why x64sc -sidenginemodel 257 sounds muffled compared to 256?
clock=pal; true_drive_emulation=1; drive8_type=1541-II
ResidFilterBias=500 makes my 6581 tunes sound closer to my breadbin
openmsx -ext moonsound -ext ide -diska "Metal Gear 2.dsk"
mame c64 -flop1 "Last Ninja (side 1).d64" -joy1 joy
fs-uae: joystick_port_1 = Xbox 360 Controller
''')

EMU_BIN = ["x64sc", "x128", "fs-uae", "mame", "dosbox-x", "fuse", "hatari", "openmsx", "retroarch"]
EMU_FLAG = ["-autostart", "-fullscreen", "-warp", "--verbose", "-config ~/emu/test.cfg", "-window", "--scale 2"]
EMU_FILE = ["game.d64", "demo.prg", "Lemmings.adf", "jetpac.tap", "keen1.zip", "Nemesis.rom", "dungeon.st"]


def emu_tpl(rng):
    return " ".join([rng.choice(EMU_BIN), rng.choice(EMU_FLAG), rng.choice(EMU_FILE)])


# ----------------------------------------------------------------- 5 DOS
DOS = L(r'''
DIR /W /P
DIR C:\GAMES\*.EXE /S
COPY A:\*.* C:\TEMP
XCOPY A:\ C:\BACKUP\ /S /E /V
DISKCOPY A: A:
FORMAT A: /S /U
FORMAT B: /F:720
SYS C:
DELTREE C:\WINDOWS\TEMP
DEL *.BAK
ATTRIB -R -H -S C:\IO.SYS
CHKDSK C: /F
SCANDISK /AUTOFIX
DEFRAG C: /F
MEM /C | MORE
TYPE README.TXT | MORE
DIR > FILES.TXT
SORT < NAMES.TXT > SORTED.TXT
@ECHO OFF¶PROMPT $P$G¶PATH C:\DOS;C:\WINDOWS;C:\UTILS¶SET BLASTER=A220 I5 D1 T4¶LH C:\DOS\MOUSE.COM¶LH C:\DOS\SMARTDRV.EXE
DEVICE=C:\DOS\HIMEM.SYS¶DEVICE=C:\DOS\EMM386.EXE NOEMS¶DOS=HIGH,UMB¶FILES=30¶BUFFERS=20¶DEVICEHIGH=C:\CDROM\OAKCDROM.SYS /D:MSCD001
LH C:\DOS\MSCDEX.EXE /D:MSCD001 /L:D
MEMMAKER /BATCH
EDIT C:\CONFIG.SYS
CD ..\..\GAMES
CD ..
C:\>cd \games\doom¶C:\GAMES\DOOM>doom.exe -warp 1 1
DOOM.EXE -nomonsters -warp 3 7
IF EXIST C:\MOUSE.COM GOTO MOUSE
IF ERRORLEVEL 1 GOTO FAIL
FOR %%F IN (*.TXT) DO TYPE %%F
FOR %F IN (*.ZIP) DO PKUNZIP -d %F
CHOICE /C:YN Load the CD-ROM driver
SET PATH=%PATH%;C:\BORLANDC\BIN
PKUNZIP -d GAME.ZIP C:\GAMES\
ARJ x GAME.ARJ
LHA e ARCHIVE.LZH
PKZIP -a -rp BACKUP.ZIP C:\WORK\*.*
Bad command or file name
Abort, Retry, Fail?
Not ready reading drive A¶Abort, Retry, Fail?
LOADFIX GAME.EXE fixes "Packed file corrupt"
FDISK /MBR
REN *.TXT *.DOC
MOVE *.GIF C:\PICS
LABEL A:DISK1
PROMPT $T $D $P$G
PROMPT $E[1;33m$P$G$E[0m -- needs ANSI.SYS loaded in CONFIG.SYS
DOSKEY /INSERT
Win98 boot disk: A:\>SYS C: then FDISK, then FORMAT C: /S
MODE CON: COLS=80 LINES=50
MODE COM1:9600,N,8,1
COPY CON HELLO.TXT  (then Ctrl+Z and Enter to finish)
COPY /B PART1.BIN + PART2.BIN FULL.BIN
FC /B OLD.ROM NEW.ROM
SUBST X: C:\LONGNAME\PROJECT
NET USE Z: \\SERVER\GAMES
WIN /D:M starts Windows 3.1 in safe mode? or is that 95 only?
DIR /A:H /S C:\ shows hidden files on the whole drive
:MENU¶CLS¶ECHO 1 - Doom¶ECHO 2 - Monkey Island¶CHOICE /C:12¶IF ERRORLEVEL 2 GOTO MI¶IF ERRORLEVEL 1 GOTO DOOM
ECHO Y | DEL C:\TEMP\*.*
GOTO END¶:FAIL¶ECHO Something went wrong & PAUSE¶:END
''')

DOS_CMD = ["DIR", "COPY", "XCOPY", "TYPE", "DEL", "ATTRIB +R", "CD", "EDIT", "MD", "RD"]
DOS_PATH = [r"C:\GAMES\LEMMINGS", r"A:\*.*", r"C:\AUTOEXEC.BAT", r"C:\CONFIG.SYS", r"D:\INSTALL",
            r"C:\WINDOWS\SYSTEM.INI", r"C:\UTILS\NC", r"B:\SAVES\*.SAV"]
DOS_TAIL = ["", "", " /P", " /S", " /Y", " -- worked after a reboot"]


def dos_tpl(rng):
    return rng.choice(DOS_CMD) + " " + rng.choice(DOS_PATH) + rng.choice(DOS_TAIL)


# --------------------------------------------------------- 6 modem / BBS
MODEM = L(r'''
ATZ
ATDT 555-0134
AT&F&C1&D2&W
ATS0=1 for auto answer
ATM0 turns off the speaker, ATL3 is max volume
+++ then ATH0 to hang up
AT&V shows the stored profile
ATI4
CONNECT 14400/ARQ/V32/LAPM/V42BIS
NO CARRIER
RING¶RING¶CONNECT 2400
init string: AT&F1E0V1Q0X4&C1&D2S7=60S11=50
ATX3 to dial without waiting for dial tone
ATDT9,5551234 (the comma pauses for the office PBX)
tcpser -v 25232 -s 9600 -p 6400
ATDTparticlesbbs.dyndns.org:6400 on the WiFi modem
Zmodem download started… 87% CPS 1680
rz -be on this side, sz -b file.zip on the other
Press <ESC> twice to enter the BBS
[Q]uit [M]essages [F]iles [G]oodbye
Message base 3: C64 Programming (142 new)
Ran a 2-node WWIV board out of my bedroom in '93, one line was my dad's fax line lol
FidoNet address 2:240/1234.5
Door games: LORD, TradeWars 2002, Usurper
Anyone remember ANSI art groups like ACiD and iCE?
ESC[1;37;44m is bright white on blue
The sysop chat beep went off at 3am and my mom picked up the phone mid-download
My first upload was an ARJ split across 5 disks
ratio 1:3 upload/download, so I uploaded shareware I already had
telnet particlesbbs.dyndns.org 6400
ssh to sdf.org and type 'bboard'
Baud vs bps: 2400 bps V.22bis is 600 baud × 4 bits per symbol
V.34 33.6k, V.90 56k downstream only
US Robotics Courier HST Dual Standard -- the sysop's dream modem
My Hayes Smartmodem 1200 still works, the LEDs are glorious
the handshake screech: bzzzz-kshhhh-dingdingding
Synchronet: scfg → Networks → QWK
QWK packets and offline readers like Blue Wave saved so much phone money
Local BBS: 300 baud, 1 line, 9pm–7am only
NODE 2 | ONLINE: DarkKnight | 14400 | Reading msgs
Who's online:¶Node  User          Activity¶ 1    Sysop         Waiting for call¶ 2    Zaphod_B      Downloading
Hast du früher auch in Mailboxen gechattet? Ich war in der Z-Netz-Box „Datenhighway“ unterwegs.
J'avais un Minitel 1B, 3615 ULLA… ne me jugez pas
日本だとパソコン通信、NIFTY-Serveの時代ですね
Pamiętam 2400 bps i modem na kartę ISA 😄
Mi primer módem fue un 14.4 de US Robotics, ¡qué recuerdos!
AT+MS=V34 forces V.34
ATS7=90 (wait 90 s for carrier)
ATE1Q0V1 -- echo on, result codes on, verbal
AT&K3 = hardware flow control (RTS/CTS)
AT\N3 for auto-reliable error control on the Sportster
BUSY¶BUSY¶BUSY -- the only BBS in town and everyone's on it
Call Waiting killed my downloads until I learned *70, in the dial string
Sysop page: "Hey, you've been in the file area for 50 minutes, time's almost up!"
The last caller list on my board: 1. Phreak 2. Zaphod_B 3. Sysop
The FILE_ID.DIZ said "ULTIMATE UTILS v2.1 [1/3]" and it was just a text file
SEND: "ATDT" & number & vbCr in my little VB3 dialer, nothing fancy
''')

MODEM_MAKE = ["USR Sportster 14.4", "Hayes Optima 288", "Zoom 2400", "Supra 2400", "WiFi232", "Courier V.Everything"]
MODEM_INIT = ["AT&F1", "ATZ", "AT&F&C1&D2", "ATE1V1X4", "AT&K3&W", "ATS0=2"]
MODEM_NOTE = ["works", "drops after 10 min", "no dial tone?", "great with Synchronet", "needs X3 here"]


def modem_tpl(rng):
    return rng.choice(MODEM_MAKE) + ": " + rng.choice(MODEM_INIT) + " -- " + rng.choice(MODEM_NOTE)


# ------------------------------------------------------------ 7 repair
REPAIR = L(r'''
Replaced C29 and C30 on the C64 board, the 7805 was also running hot.
Recapped my Amiga 500 -- the electrolytics near Paula had leaked.
The 906114-01 PLA died again, ordered a replacement.
Black screen on a 64 breadbin: check the 5V rail first, then swap the VIC-II.
Retrobrite: 12% hydrogen peroxide cream, UV lamp, 6 hours, rewrap every 2 hours.
Never use a random ATX PSU on the A500 without checking -12V.
Apple IIe fan mod: 40mm Noctua running at 5V, dead quiet.
Atari 2600 RF modulator swapped for a composite mod.
Desoldered the 6510 with a Hakko FR-301, all pads survived.
Mac Classic: the analog board caps are the usual suspect, plus the flyback.
Mac SE/30 "simasimac" pattern = bad caps around the ROM and UE8.
ZX Spectrum +2A with the -5V line at -4.2V, check the 7905 regulator.
4164 DRAM: pin 8 is +5V and pin 16 is GND.
Dead test cartridge shows 6 flashes = RAM at U21.
Amiga 1200 keyboard ribbon -- 2 contacts broken, fixed with conductive paint.
The 1541-II belt turned to goo; replacement belt is 48mm.
Cleaned the heads with 99% isopropyl and a cotton swab.
Voltage readings: 5.07V / 11.9V / -11.8V -- all within ±5%.
Resistance between VCC and GND < 10Ω usually means a shorted chip.
Temperature on the 7805 > 60 °C, added a heatsink.
The PSU brick is a potted "brick of death" -- don't trust it, mine went to 7V+.
Bought a C64 Saver (overvoltage protection) for 20 €.
C64 garbage characters: bad 4164 at U12.
Battery leak on the Amiga 3000 -- the Varta ate half the board.
Remove the NiCd barrel battery from your A3000/A4000 NOW.
Acorn Electron: the ULA runs hot, thermal paste + heatsink.
BBC Master: replace the battery pack, it leaks onto the board.
PET 2001: 6540 ROMs are unobtainium, use an EPROM adapter.
Soldered a 27C512 in place of the KERNAL, switchable with a jumper.
minipro -p AT27C256 -w kernal.bin
minipro -p "AT28C64B" -r dump.bin
Used a TL866II+ to read the 2764 -- checksum matches the known good dump.
Lift pin 22 and tie it to +5V through a 4.7k resistor.
Logic probe: pulsing on φ2, nothing on R/W -- CPU is dead.
Oscilloscope shows 985 kHz on the PAL clock (0.985248 MHz).
NTSC vs PAL: 1.022727 MHz vs 0.985248 MHz.
Composite video cable pinout: pin 4 = CVBS, pin 2 = GND.
SCART RGB from an Amiga: pins 15/11/7 = R/G/B, 16 = blanking.
Check fuse F1 -- 1.6A slow blow.
Burnt smell from the Tandy 1000? That's the RIFA cap. Replace all RIFAs.
RIFA caps exploded in my Apple IIe PSU -- smoke everywhere!
Disk drive stepper stuck: clean the rails with IPA, relube with a drop of white lithium grease.
Ordered: 2x MOS 6526 CIA, 1x 74LS08, 1x 7406, 10x 100nF decoupling caps.
BOM: C1-C10 100nF; C11 10µF 16V; R1 1k; R2 4.7k; U1 74HC245
Part numbers: 901227-03 is KERNAL rev 3, 901226-01 is BASIC.
Tested with the Diag 586220 harness -- all green except the joystick port.
Board revision 250425, 326298 or 250407? Mine's a 250407.
Replaced the 6581 SID with an 8580 -- change 12V to 9V and the filter caps to 1nF!
Warning: the 6581 needs 12V on VDD; an 8580 will die at 12V.
Broken trace under the 6526 -- bridged it with 30AWG kynar wire.
Cracked case tabs on the CPC 464 -- epoxy + a strip of plastic.
Screen wobble on my 1084S: check the vertical hold pot and the cap near the yoke.
CRT safety: discharge the anode properly, or don't open it at all.
Flyback whine at 15.7 kHz -- young ears only.
Keyboard membrane traces cracked at the bend; repaired with silver pen.
Amiga boot colours: dark grey = OK, red = ROM, green = chip RAM, blue = custom chips, yellow = CPU exception.
Checklist:¶1. Visual inspection (bulging caps, burnt spots)¶2. Measure rails with no chips socketed¶3. Reseat all socketed ICs¶4. Dead test cart¶5. Swap PLA → VIC → CPU, in that order
Ich habe die Elkos im Netzteil meines Atari ST getauscht, jetzt läuft er wieder stabil.
J'ai remplacé le quartz du Thomson MO5, l'image est enfin stable.
Cambié el regulador 7805 del Spectrum 48K y ya no se calienta tanto.
Spectrum 48K の 7805 を交換したら、やっと安定しました。
''')

REPAIR_MACHINE = ["C64 breadbin", "Amiga 500", "ZX Spectrum 48K", "Apple IIe", "Atari 800XL", "BBC Micro", "CPC 6128", "MSX2"]
REPAIR_SYMPTOM = ["black screen", "garbage characters", "no sound", "random resets", "dead keyboard row", "checkerboard at boot"]
REPAIR_FIX = ["replaced the PLA", "reflowed the RAM sockets", "new 7805 regulator", "recapped the PSU", "cleaned the edge connector", "swapped the CIA"]


def repair_tpl(rng):
    return rng.choice(REPAIR_MACHINE) + ": " + rng.choice(REPAIR_SYMPTOM) + " → " + rng.choice(REPAIR_FIX)


# --------------------------------------------- 8 files, disk images, search
FILES = L(r'''
Boulder Dash (1984)(First Star)[cr Ikari].d64
Impossible Mission (1984)(Epyx)[!].tap
Elite (1985)(Firebird)[a2].d64
Monkey Island 2 - LeChuck's Revenge (1991)(LucasArts)(Disk 1 of 11).adf
Workbench v1.3.3 rev 34.34 (1990)(Commodore)(A500-A2000)(Disk 1 of 2)(Workbench).adf
Manic Miner (1983)(Bug-Byte Software)[a].tzx
Dizzy 3 - Fantasy World Dizzy (1989)(Codemasters).tap
Prince of Persia (1989)(Broderbund).dsk
Oregon Trail (1985)(MECC).woz
Super Mario Bros. (World).nes
Sonic The Hedgehog (USA, Europe).md
The Legend of Zelda - A Link to the Past (USA).sfc
DOOM1.WAD from the v1.9 shareware
dos622_disk1.img, dos622_disk2.img, dos622_disk3.img
Win95_OSR2.iso
kick13.rom (256K, Kickstart 1.3 r34.5)
kick31_40.068_a1200.rom
Ultima IV (1985)(Origin)(Disk 1 of 2).d64
commando c64 -remake
"disk 2 of 3" amiga
zork OR hitchhiker infocom
6502 AND (sprite OR multiplex)
sort by: date desc
order by downloads, then by rating
year>=1985 & platform=Amstrad CPC
games/c64/a-z/b/
/home/pi/RetroPie/roms/amiga/whdload/
~/roms/../bios/scph1001.bin -- the bios folder sits next to roms
../games/BDASH.PRG
D:\Emulation\C64\Games\[A-Z]\
C:\GAMES\KEEN\KEEN4E.EXE
disk_01_side_a.d64 / disk_01_side_b.d64
file.g64 vs file.d64 -- the g64 keeps the GCR data for copy protection
the .TAP has a turbo loader, use the .T64 if you can
IPF files from the SPS preservation project
gw read --tracks=c=0-81 disk.scp
https://archive.org/details/tosec-main-commodore-c64
https://csdb.dk/release/?id=12345
https://www.lemon64.com/game/boulder-dash
ftp://ftp.funet.fi/pub/cbm/
https://www.pouet.net/prod.php?which=2468
http://www.6502.org/tutorials/compare_beyond.html
https://www.vogons.org/viewtopic.php?t=12345&start=20
https://github.com/libretro/RetroArch/issues/1234
d41d8cd98f00b204e9800998ecf8427e  empty.d64
GAMES.ZIP (1,474,560 bytes)
TOSEC naming: Title (Year)(Publisher)(Disk x of y)[flags]
flags: [!] good dump, [b] bad dump, [h] hack, [t] trainer, [cr] cracked
[t +3] means three trainer options
README.1ST, FILE_ID.DIZ, GO.BAT, INSTALL.EXE
Looking for: Lemmings ADF, disk 2 only, mine is corrupt at track 79
beginner's guide to d64 files
O'Brien's C64 tips collection.txt
'Summer Games' vs 'Summer Games II' -- which one has the diving?
<untitled disk 3>
Das Boot (1990)(Three-Sixty)(de).adf
Rick Dangerous 2 (1990)(Firebird)[cr Paradox][t +2].adf
M.U.L.E. (1983)(Electronic Arts).atr
「ゼビウス」 (1984)(Namco)(JP).rom
''')

FILE_TITLE = ["Paradroid", "Uridium", "Wizball", "Jet Set Willy", "Knight Lore", "Turrican II", "Speedball 2", "Ghosts 'n Goblins", "Exile", "Head over Heels"]
FILE_YEAR = ["1984", "1985", "1986", "1987", "1990", "1991"]
FILE_PUB = ["Hewson", "Ocean", "Ultimate", "Software Projects", "Rainbow Arts", "Bitmap Brothers", "Superior Software", "Elite"]
FILE_EXT = [".d64", ".tap", ".adf", ".tzx", ".dsk", ".crt", ".ssd"]
FILE_FLAG = ["", "", "[!]", "[a]", "[t +2]", "[cr Fairlight]", "(Disk 1 of 2)"]


def files_tpl(rng):
    return "%s (%s)(%s)%s%s" % (rng.choice(FILE_TITLE), rng.choice(FILE_YEAR), rng.choice(FILE_PUB),
                                rng.choice(FILE_FLAG), rng.choice(FILE_EXT))


# ------------------------------------------------------ 9 forum posts/chat
POSTS = L(r'''
Just finished my first 6502 program! It only changes the border colour but I'm ridiculously proud 😊
Does anyone know why my C64 goes to a black screen after about 2 minutes? It's warm to the touch.
I keep my collection in SQLite; SELECT title FROM games WHERE platform = 'C64' ORDER BY year; gives me a nice checklist for the swap meet.
Drop me a line if you've got a spare 1541 belt, I'll pay shipping.
Please select the right subforum before posting -- C64 questions go under "8-bit Commodore".
The demo runs at 50 fps on PAL and drops to ~42 on NTSC. Is that the raster timing?
Anyone else get chills from the "READY." prompt? 🥲
The manual says: “Type LOAD and press RETURN” -- my kids think that's a bug.
Rate my setup: A500 + 512K trapdoor + Gotek + 1084S | total cost ~€350
| Machine | CPU | RAM | Year |¶|---|---|---|---|¶| C64 | 6510 @ 0.98 MHz | 64K | 1982 |¶| Spectrum 48K | Z80A @ 3.5 MHz | 48K | 1982 |¶| Amiga 500 | 68000 @ 7.09 MHz | 512K | 1987 |
## Build log, part 3¶¶- [x] recap PSU¶- [x] replace SID¶- [ ] new keycaps¶¶Next up: **retrobright** the case.
Mein Amiga 500 startet nicht mehr, nur noch ein grüner Bildschirm. Hat jemand eine Idee?
Quelqu'un a une copie de « La Geste d'Artillac » ? Mes disquettes sont mortes.
¿Alguien sabe cómo configurar el joystick en el puerto 2 del VICE?
Meu MSX Expert ainda funciona! Só troquei os capacitores da fonte.
Il mio Commodore 16 fa schermo nero, il TED è andato?
Atari 65XE z Pewexu -- najlepszy prezent na komunię 😂
У кого есть схема «Пентагон 128»? Мой клон не стартует.
PC-8801のFDイメージ(.d88)をエミュレータで読み込む方法を教えてください。
小霸王学习机其实就是FC的克隆，键盘还能写BASIC。
재믹스에서 MSX 게임 돌려보신 분 있나요?
Είχα Amstrad CPC 6128 με πράσινη οθόνη!
كان عندي صخر MSX في الثمانينات، أجمل ذكريات الطفولة
Didaktik Gama byl můj první počítač.
Wie heeft er nog een Philips VG-8020 op zolder liggen?
ABC 80 i skolan, någon mer som minns?
@retro_kim thanks!! that fixed it -- it was the joystick port all along
Re: "C64 vs Spectrum" -- let's not do this again, mods please lock 🙏
Spectrum > C64 for music? Nah, SID > AY any day. Fight me :)
The deal: I send you my 1541 → you send me a working 1571 + €20
10/10 would POKE again
I had to type in the whole listing from Compute!'s Gazette. 3 days. One typo in a DATA line and nothing worked.
MLX, the checksum typing program, saved my sanity back then.
Is there a way to run 10 PRINT in the browser? My kid wants to try it.
rm -- -weird.d64 works if the file name starts with a dash
LOL my mom threw out my Amiga in '98 and I'm still not over it
Anyone coming to the Vintage Computer Festival in Berlin? I'll bring the Atari Portfolio.
Email me at jan.novak@example.cz if you want the manual scans.
The Konami code is ↑↑↓↓←→←→BA, not on the C64 though.
Union of two collections now: my dad's Atari 800 stuff plus my own Amiga junk. The garage is full.
Tip: in Norton Commander, Alt+F1 switches the left panel drive. Ctrl+O hides both panels.
Update: the "sleep" issue was the power-saving setting in the frontend, not the emulator.
What's the difference between `LOAD "*",8` and `LOAD "*",8,1`? The ,1 loads to the address in the file header.
Use `{{` in the forum's code block? It renders fine for me: {{PRINT}} is just a petcat token anyway.
Found my old notebook from 1989. Page 1: "POKE 53280,0 = black border!!!" Page 2: lives hack for Commando.
I wrote a little script: `for f in *.d64; do c1541 -attach "$f" -list; done > catalog.txt` -- works great.
Honest question: is it worth paying $300+ for a boxed Vectrex or should I wait?
Oh man, the smell of a freshly opened C64 box... 🥹
my bad, wrong thread, I meant the Amstrad one
What a great community, thanks everyone for the help with the SID swap ❤️
Wow, 40 years ago today the Macintosh was launched. Where were you?
Does the Gotek need FlashFloppy or HxC firmware for the Amiga? (Asking before I flash it.)
The PAL/NTSC thing again: PAL = 312 lines × 63 cycles, NTSC = 263 × 65.
Lost 3 hours today because I had the joystick in port 1. Every. Single. Time.
It's not a bug, it's a feature: the sprite-border trick only works because the VIC "forgets" to close the border.
My daughter (7) just beat Boulder Dash level A. Proud dad moment.
Paragraph one: I bought a "tested, working" A1200 from a flea market.¶¶Paragraph two: it was not tested, and it was not working. The Kickstart was fine but the IDE cable was missing and someone had cut the floppy ribbon. Lesson learned -- bring a test kit.
''')

POST_OPEN = ["Hi all,", "Quick question:", "Newbie here.", "Hey folks!", "Long time lurker, first post.", "Hallo zusammen,", "Salut à tous,"]
POST_BODY = ["my Gotek shows E31 with every ADF", "the 1541 head knocks on every load", "where do I find the Kickstart 1.3 ROM legally?",
             "is the Pi1541 worth it over an SD2IEC?", "the C128 80-column mode needs an RGBI monitor, right?",
             "my Speccy +3 disk drive belt just snapped", "which core is more accurate for the CPC?"]
POST_CLOSE = ["Thanks!", "Cheers, Tom", "TIA 🙂", "-- Marek", "Any help appreciated.", ""]


def posts_tpl(rng):
    return " ".join(x for x in [rng.choice(POST_OPEN), rng.choice(POST_BODY), rng.choice(POST_CLOSE)] if x)


# ---------------------------------------------- 10 profile / settings
PROFILE = L(r'''
Seán Ó Briain
O'Connor-Smith
Zoë D'Alessandro
Jürgen Müller
Ørjan Håkonsen
李小龍
田中 はるか
Дмитрий Волков
Ana María de la Cruz
mr_6502
ZX_Forever
$$BIGMONEY$$ (my old BBS handle, don't judge)
-=[ DarkStar ]=-
[AmigaGuru]
~C64~fan~
1337_h4x0r_1989
A500 | A1200 030/50 | C64C + 1541-II | CPC 6128
"There is no such thing as too many SIDs." -- me, 2024
Location: Sheffield, UK
Timezone: Europe/Helsinki (UTC+2)
https://retro-dan.neocities.org/
dave.o'hara@example.co.uk
bbs_kid@example.net
theme: amber-phosphor
font: C64 Pro Mono, 16px
notify_on: replies, mentions; digest: weekly
language=de-AT; date_format=DD.MM.YYYY
Sysop of "The Twilight Zone" BBS (1989–1996), node 2:2432/330. Now fixing old machines in my garage.
I collect Amstrad stuff. Wants: GX4000, CPC 664 in any condition. Haves: lots of 3" disks.
Z80 > 6502, prove me wrong 😈
Interests: demoscene, chiptunes, SID music, tracker modules (.MOD/.XM/.S3M)
Apple //e, ][+, IIgs ROM 01
she/her
pixel art of a 1541 drive with a smile
Élodie «8-bit» Fournier
Keeper of the Floppies
Recapping an A3000 -- back in a week
Gone fishing (and by fishing I mean desoldering)
Trades: PayPal F&F only with long-time members; otherwise G&S
Shipping: EU only, > 2 kg via DHL
Price: 120 € / ~£105 / ~$130
10 PRINT "I LOVE RETRO"¶20 GOTO 10
-- ¶Mika | SysOp of Kaktus BBS | 2:222/11
github.com/bitfield-dev
@sid_chip@mastodon.social
Please PM here rather than e-mail
Username change request: from c64_kid to c64_adult 😅
Newsletter: yes; marketing: no
Time format: 24h; first day of week: Monday
Collection visibility: friends only
Joined March 2003 (imported from the old phpBB)
Kwame Mensah-Boateng
Nguyễn Văn An
Aoife Ní Bhriain
Jean-Luc Picard-Dubois
Signature: <Insert witty 6502 joke here>
K. O'Neil
''')

PROF_KEY = ["Favourite machine", "First computer", "Currently restoring", "Wants", "Location", "Display name"]
PROF_VAL = ["Commodore 64", "ZX Spectrum 48K", "Amiga 1200", "Atari 800XL", "BBC Micro Model B", "Amstrad CPC 464",
            "Tandy CoCo 2", "Sharp MZ-700", "Oric Atmos", "Dragon 32", "Kraków, PL", "Québec, CA"]


def profile_tpl(rng):
    return rng.choice(PROF_KEY) + ": " + rng.choice(PROF_VAL)


CATEGORIES = [
    ("basic-listing", BASIC, basic_tpl),
    ("asm-snippet", ASM, asm_tpl),
    ("memory-hexdump", MEM, mem_tpl),
    ("emulator-config", EMU, emu_tpl),
    ("dos-command", DOS, dos_tpl),
    ("modem-bbs", MODEM, modem_tpl),
    ("repair-note", REPAIR, repair_tpl),
    ("file-search", FILES, files_tpl),
    ("forum-post", POSTS, posts_tpl),
    ("profile-setting", PROFILE, profile_tpl),
]


def build():
    rng = random.Random(SEED)
    rows = []
    stats = []
    for cat, lits, tpl in CATEGORIES:
        assert len(lits) >= MIN_LITERALS, (cat, len(lits))
        assert len(set(lits)) == len(lits), ("duplicate literal", cat)
        vals = list(lits[:PER_CATEGORY])
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            v = tpl(rng)
            guard += 1
            assert guard < 10000, cat
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        stats.append((cat, len(vals), min(len(lits), PER_CATEGORY)))
        for v in vals:
            rows.append((cat, v))
    return rows, stats


def main():
    rows, stats = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            rec = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for cat, n, lit in stats:
        print("%-16s n=%d literals=%d" % (cat, n, lit))
    print("total", len(rows))


if __name__ == "__main__":
    main()
