"""Benign held-out corpus for the electronics theme (ids hb77-NNNNN).

Text that people type into the ordinary fields of an electronics design
community and parts shop: BOM lines, SPICE netlists, Verilog/VHDL snippets,
register maps and firmware lines, measurements, datasheet citations, KiCad /
Gerber paths, toolchain forum questions, order notes and multilingual notes.

Every value is hand-written for this corpus, either as a literal below or as a
small template over hand-written pools. Output: benign.jsonl next to this file.
Standard library only; output is byte-identical on every run.
"""

import json
import random
from pathlib import Path

SEED = 7701
PREFIX = "hb77"
PER_CATEGORY = 80

# --------------------------------------------------------------------------
# 1. bom_line -- bill-of-materials rows and part-number fields
# --------------------------------------------------------------------------
BOM_LITERALS = [
    "R1,R2 10k 0603 1%",
    "U3 STM32F103C8T6 LQFP-48",
    "C1-C4 100nF 0402 X7R 16V",
    "D1 1N4148W SOD-123; alt: BAS16W",
    "J1 USB-C receptacle, 16 pin, mid-mount — check the shell tabs",
    "Q1 AO3401A P-MOSFET SOT-23 | reverse polarity protection",
    "L1 4.7uH 2A shielded 'low profile' 4x4 mm",
    "Y1 16MHz HC49 crystal, CL=20pF; C5,C6 = 22pF",
    "R10 0R 0805 (DNP) -- jumper for BOOT0 select",
    "U1 LM1117-3.3 SOT-223 & C7 10uF tantalum",
    '"Designator","Quantity","Value","Footprint"\n"R1,R2,R3","3","4k7","R_0603_1608Metric"',
    "SW1 tact switch 6x6mm <- reset; SW2 <- user button",
    "F1 PTC 500mA 1206 /* resettable fuse */",
    "U5 74HC595 SOIC-16 x4 (daisy chain, QH' -> SER of next)",
    'RN1 4x10k array 0603 "convex" type, 5%',
    "LED1..LED8 WS2812B-2020 — data in on DIN, 5V rail",
    "U2 CH340C SOIC-16; no external crystal needed",
    "C10 470uF/25V electrolytic, 8x11.5mm, 105°C",
    "R7 0.05R 2512 1W current sense (Kelvin pads!)",
    "U4 TPS62160 3V3 buck; L2 2.2uH; C11 22uF 0805",
    "BT1 CR2032 holder, SMD — drop if using supercap instead",
    "Line 14: MPN 'GRM188R71C104KA01D' qty 250 @ 0.004 = 1.00",
    "U6 ESP32-WROOM-32E 4MB; antenna keep-out on the board edge",
    "R20-R27 330R 0603 for the 7-seg segments a..g, dp",
    "D5 SMBJ15A TVS on VIN (uni-directional, cathode to +)",
    "J3 2x5 1.27mm SWD header (Cortex Debug), key = pin 7 removed",
    "U7 MCP2551 CAN transceiver -> replace w/ TCAN1042 (3.3V logic)",
    "C20 1uF 0603 X5R 25V \\ C21 same, placed under U7",
    "Qty;Ref;Value;Package\n2;R30,R31;2k2;0603\n1;U8;INA219;SOT-23-8",
    "FB1 ferrite bead 600R@100MHz 0603 on AVDD",
    "U9 = AMS1117? no — use AP2112K-3.3, lower Iq",
    "K1 relay 5V SPDT + D6 flyback 1N4007 + Q2 2N7002",
    "R40 100k || R41 100k -> divider for VBAT sense (ADC1_IN4)",
    "H1-H4 M3 mounting holes, plated, connected to GND",
    "TP1..TP6 test points: 3V3, 5V, GND, SWDIO, SWCLK, NRST",
    "U10 W25Q128JVSIQ SPI flash 16MB; /WP and /HOLD pulled up",
    "C30 10nF 0402 C0G — must be C0G, not X7R (timing cap)",
    "X2 32.768kHz 3215 crystal; load caps 6.8pF",
    "R50 1M 0603 between shield & GND + C40 4.7nF 2kV",
    "U11 DRV8833 dual H-bridge; Rsense = 0.2R each",
    "Mouser cart: 595-TPS62160DGKR x10; 511-STM32F103C8T6 x5",
    "J5 JST-PH 2 pin (battery) — polarity: red = pin 1 = +",
    "Alt part for U3 if out of stock: GD32F103C8T6 (pin compatible, check errata)",
    "R60 22R series on USB D+/D- (both)",
    "U12 SN65HVD72 RS-485, termination R61 120R via jumper JP2",
    "C50..C57 = 0.1u 0402 decoupling, one per VDD pin",
    "PCB: 2 layer, 1.6mm, HASL lead-free, green mask / white silk",
    "Enclosure: Hammond 1591XXSBK; cut-out for USB-C 9.2 x 3.4 mm",
    "LCSC C25804 (10k 0603) x100; C14663 (100nF 0603) x200",
    "U13 TLV9062 dual op-amp; unused half: IN+ to mid-rail, OUT -> IN-",
]

BOM_REFS = ["R", "C", "L", "D", "Q", "U", "FB", "J"]
BOM_VALUES = {
    "R": ["1k", "4k7", "10k", "47k", "100k", "220R", "33R", "2k2", "1M"],
    "C": ["100nF", "1uF", "10uF", "22pF", "4.7uF", "10nF", "47uF"],
    "L": ["10uH", "2.2uH", "4.7uH", "22uH"],
    "D": ["1N4148W", "BAT54S", "SS14", "BZT52C3V3", "LED red 0603"],
    "Q": ["2N7002", "BSS138", "AO3400A", "MMBT3904"],
    "U": ["LM358", "NE555", "74HC14", "MCP1700-3302", "TLV3201", "ATtiny85-20SU"],
    "FB": ["BLM18PG221", "120R@100MHz"],
    "J": ["2.54mm 1x4 header", "JST-XH 3p", "screw terminal 5.08mm 2p"],
}
BOM_PACKAGES = ["0402", "0603", "0805", "1206", "SOT-23", "SOIC-8", "SOD-123", "TSSOP-14"]
BOM_NOTES = ["", " (DNP)", " — alt OK", "; check stock", " | 2nd source allowed",
             " // place near U1", " & spare x2", " (ROHS)"]


def tpl_bom(rng):
    ref = rng.choice(BOM_REFS)
    a = rng.randint(1, 40)
    span = rng.choice([0, 0, 1, 3])
    des = f"{ref}{a}" if span == 0 else f"{ref}{a}-{ref}{a + span}"
    val = rng.choice(BOM_VALUES[ref])
    pkg = rng.choice(BOM_PACKAGES)
    tol = rng.choice(["1%", "5%", "10%", "", "X7R", "50V"])
    return f"{des} {val} {pkg} {tol}{rng.choice(BOM_NOTES)}".replace("  ", " ").strip()


# --------------------------------------------------------------------------
# 2. spice_netlist -- SPICE fragments pasted into the simulator box / posts
# --------------------------------------------------------------------------
SPICE_LITERALS = [
    "V1 in 0 PULSE(0 5 0 1n 1n 5u 10u)\nR1 in out 1k\nC1 out 0 100n\n.tran 1u 10m\n.end",
    ".tran 1u 10m",
    ".ac dec 100 1 1Meg",
    "* RC low-pass, fc ~ 1.6 kHz\nR1 in out 10k\nC1 out 0 10n\nV1 in 0 AC 1\n.ac dec 50 10 100k\n.end",
    '.include "../models/opamps.lib"',
    ".lib 'models/mosfets.lib' typ",
    ".param Rload={Vout/Iout}",
    ".param Vout=3.3 Iout=0.5",
    "B1 out 0 V=if(V(in)>2.5, 5, 0)",
    ".meas tran trise TRIG V(out) VAL=0.5 RISE=1 TARG V(out) VAL=4.5 RISE=1",
    ".step param R list 1k 2k 5k 10k",
    "* select the slower op-amp model; drop the ESR term for now",
    "E1 out 0 value={limit(V(a)*100, -12, 12)}",
    ".model DSMALL D(Is=3n Rs=0.6 N=1.8 Cjo=3.5p)",
    ".model NSW NMOS(Level=1 Vto=1.8 Kp=0.9 Lambda=0.02)",
    "M1 drain gate 0 0 NSW W=1m L=2u",
    "X1 inp inn vcc vee out OPA_GENERIC",
    ".subckt OPA_GENERIC inp inn vcc vee out\nE1 int 0 inp inn 1e5\nR1 int out 50\n.ends OPA_GENERIC",
    ".options reltol=1e-4 abstol=1p method=gear",
    ".ic V(out)=0 V(cap)=2.5",
    "I1 0 load PWL(0 0 1m 0 1.001m 2 5m 2 5.001m 0)",
    "V2 vdd 0 DC 3.3 ; main rail",
    ".dc V1 0 5 0.01",
    ".noise V(out) V1 dec 20 10 100k",
    "L1 sw out 10u Rser=25m\nC2 out 0 22u Rser=5m",
    "* why does .tran stop at 2.3ms with 'timestep too small'?",
    ".four 1k V(out)",
    "K1 L1 L2 0.98",
    "S1 a b ctrl 0 SWMOD\n.model SWMOD SW(Ron=0.1 Roff=1Meg Vt=2.5 Vh=0.2)",
    "G1 0 out in 0 1m ; transconductance 1 mA/V",
    ".temp -40 25 85",
    ".save V(out) I(L1) @M1[id]",
    ".control\nrun\nplot v(out) v(in)\n.endc",
    ".control\ntran 10n 50u\nmeas tran vmax MAX v(out)\nprint vmax\n.endc",
    "R5 fb 0 {Rtop/(Vout/0.8-1)}",
    "V3 clk 0 PULSE(0 3.3 0 2n 2n 31.25n 62.5n) ; 16 MHz",
    "* Netlist exported from KiCad 7 — R? designators need annotation first",
    "D2 out vcc DSMALL\nD3 0 out DSMALL",
    ".func db(x) {20*log10(abs(x))}",
    "A1 [in] [out] buf1\n.model buf1 d_buffer(rise_delay=1n fall_delay=1n)",
    ".measure tran avg_i AVG I(V2) FROM=1m TO=9m",
    "Vsense a b 0 ; 0 V source used as ammeter",
    ".end",
    "C3 n1 n2 {Cval} IC=0\n.param Cval=4.7n",
    "* union of two sweeps? use .step with list, then select one trace in the plot",
    "Rleak out 0 1G ; helps convergence on the floating node",
    ".tran 0 20m 0 10u UIC",
    "T1 in 0 out 0 Z0=50 TD=1n",
]

SPICE_ELEMS = [("R", ["1k", "10k", "470", "2.2k", "100k"]),
               ("C", ["100n", "10u", "22p", "1u", "4.7n"]),
               ("L", ["10u", "1m", "47u"])]
SPICE_NODES = ["in", "out", "vcc", "fb", "sw", "n1", "n2", "mid", "gate", "0"]
SPICE_ANALYSES = [".tran 1u 5m", ".tran 10n 100u", ".ac dec 20 10 1Meg", ".op",
                  ".dc V1 0 12 0.1", ".tran 100n 2m 0 10n"]


def tpl_spice(rng):
    lines = []
    used = 0
    for i in range(rng.randint(2, 4)):
        kind, vals = rng.choice(SPICE_ELEMS)
        a, b = rng.sample(SPICE_NODES, 2)
        used += 1
        lines.append(f"{kind}{i + 1} {a} {b} {rng.choice(vals)}")
    lines.append(rng.choice(SPICE_ANALYSES))
    if rng.random() < 0.5:
        lines.append(".end")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# 3. hdl_snippet -- Verilog / SystemVerilog / VHDL fragments
# --------------------------------------------------------------------------
HDL_LITERALS = [
    "always @(posedge clk) begin\n  if (rst) q <= 1'b0;\n  else q <= d;\nend",
    "assign y = sel ? a : b;",
    "process(clk) begin\n  if rising_edge(clk) then\n    cnt <= cnt + 1;\n  end if;\nend process;",
    "-- select line decoded below; drop the unused outputs",
    '$display("count=%d at %t", cnt, $time);',
    "`timescale 1ns/1ps",
    "wire [7:0] data = {4'b0000, nib};",
    'initial begin\n  $dumpfile("dump.vcd");\n  $dumpvars(0, tb);\nend',
    "case (state)\n  IDLE: if (start) next = RUN;\n  RUN:  if (done)  next = IDLE;\n  default: next = IDLE;\nendcase",
    "library ieee;\nuse ieee.std_logic_1164.all;\nuse ieee.numeric_std.all;",
    'assert (cnt < 10) else $error("overflow in cnt");',
    "genvar i;\ngenerate for (i = 0; i < 8; i = i + 1) begin : g_sync\n  sync2 u_s (.clk(clk), .d(din[i]), .q(dout[i]));\nend endgenerate",
    "signal s_data : std_logic_vector(7 downto 0) := (others => '0');",
    '`include "../rtl/uart_defs.vh"',
    "always_comb begin\n  unique case (op)\n    2'b00: res = a + b;\n    2'b01: res = a - b;\n    2'b10: res = a & b;\n    2'b11: res = a | b;\n  endcase\nend",
    "module top (input wire clk, input wire rst_n, output reg [3:0] led);",
    "reg [23:0] div; always @(posedge clk) div <= div + 1'b1; assign led = div[23];",
    "parameter integer BAUD_DIV = 50_000_000 / 115_200; // = 434",
    "y <= a when sel = '1' else b;",
    "with op select res <= a + b when \"00\", a - b when \"01\", (others => '0') when others;",
    "always @(*) parity = ^data; // XOR reduce",
    "if (!rst_n) begin shreg <= '0; end",
    "$readmemh(\"rom_init.hex\", rom);",
    "entity blink is\n  generic (N : natural := 24);\n  port (clk : in std_logic; led : out std_logic);\nend entity;",
    "// TODO: sleep the PLL when en == 0, saves ~3 mA",
    "localparam [1:0] S_IDLE = 2'd0, S_SEND = 2'd1, S_STOP = 2'd2;",
    "assign {cout, sum} = a + b + cin;",
    "wait until rising_edge(clk); report \"tick\" severity note;",
    "always @(negedge clk or negedge rst_n) if (!rst_n) cnt <= 0; else if (en) cnt <= cnt - 1;",
    "property p_ack; @(posedge clk) req |-> ##[1:3] ack; endproperty\nassert property (p_ack);",
    "type state_t is (IDLE, LOAD, SHIFT, DONE);\nsignal state : state_t := IDLE;",
    "#10 rst = 0; #1000 $finish;",
    "assign mem_we = cs & ~oe & we;",
    "inout wire sda; assign sda = sda_oe ? 1'b0 : 1'bz;",
    "set_property PACKAGE_PIN E3 [get_ports clk]\nset_property IOSTANDARD LVCMOS33 [get_ports clk]",
    "create_clock -period 10.000 -name sys_clk [get_ports clk]",
    "always_ff @(posedge clk) fifo[wr_ptr] <= din;",
    "for i in 0 to 7 loop\n  tmp := tmp xor d(i);\nend loop;",
    "function automatic [7:0] rev8(input [7:0] x); integer k; for (k=0;k<8;k++) rev8[k]=x[7-k]; endfunction",
    "`define WIDTH 16\nreg [`WIDTH-1:0] acc;",
    "iverilog -g2012 -o sim.vvp tb_top.v top.v && vvp sim.vvp",
    "ghdl -a --std=08 counter.vhd && ghdl -e --std=08 counter && ghdl -r counter --wave=out.ghw",
    "yosys -p 'synth_ice40 -top top -json top.json' top.v",
    "nextpnr-ice40 --up5k --package sg48 --json top.json --pcf pins.pcf --asc top.asc",
    "output logic [$clog2(DEPTH)-1:0] count",
    "always @(posedge clk) if (valid && ready) data_q <= data_d; // AXI-stream handshake",
    "-- union of both masks: mask <= mask_a or mask_b;",
    "initial $monitor(\"%0t a=%b b=%b y=%b\", $time, a, b, y);",
]

HDL_SIGNALS = ["cnt", "data_q", "tx_reg", "led_r", "shift", "acc", "addr", "state"]
HDL_WIDTHS = [1, 4, 8, 12, 16, 32]


def tpl_hdl(rng):
    sig = rng.choice(HDL_SIGNALS)
    w = rng.choice(HDL_WIDTHS)
    form = rng.randint(0, 3)
    if form == 0:
        rng_s = "" if w == 1 else f"[{w - 1}:0] "
        return f"reg {rng_s}{sig};\nalways @(posedge clk) {sig} <= {sig} + 1'b1;"
    if form == 1:
        return f"signal {sig} : unsigned({w - 1} downto 0) := (others => '0');"
    if form == 2:
        return f"assign {sig}_next = {sig} << {rng.randint(1, 4)} | in_bit; // width {w}"
    return f"if ({sig} == {w}'d{rng.randint(0, 2 ** min(w, 8) - 1)}) begin done <= 1'b1; end"


# --------------------------------------------------------------------------
# 4. register_map -- pinouts, register maps, firmware one-liners
# --------------------------------------------------------------------------
REG_LITERALS = [
    "GPIOA->ODR |= (1<<5);",
    "RCC->APB2ENR |= RCC_APB2ENR_IOPAEN; // 0x4002_1018",
    "#define USART1_BASE 0x40013800UL",
    "0x4001_0800 GPIOA_CRL reset value 0x4444_4444",
    "PA9 = USART1_TX, PA10 = USART1_RX; PB6/PB7 = I2C1 SCL/SDA",
    "while (!(USART1->SR & USART_SR_TXE));",
    "reg 0x0F WHO_AM_I should read 0x33 — if not, check SDO/SA0 strap",
    "*(volatile uint32_t *)0xE000ED0C = 0x05FA0004; // SYSRESETREQ",
    "TIM2->CCR1 = (TIM2->ARR + 1) / 2; // 50% duty",
    "SPI1->CR1 = SPI_CR1_MSTR | SPI_CR1_SSM | SPI_CR1_SSI | (3 << 3);",
    "uint8_t cmd[] = {0x9F}; // JEDEC ID read",
    "echo 1 > /sys/class/gpio/gpio17/value",
    "i2cset -y 1 0x48 0x01 0x8583 w",
    "i2cdetect -y 1  -> shows 0x3c and 0x68, nothing else",
    "DDRB |= _BV(PB5); PORTB ^= _BV(PB5);",
    "EXTI->IMR |= EXTI_IMR_MR0; NVIC_EnableIRQ(EXTI0_IRQn);",
    "Offset | Name    | Access | Reset\n0x00   | CTRL    | R/W    | 0x0000\n0x04   | STATUS  | R/W1C  | 0x0001\n0x08   | DATA    | R      | 0x----",
    "bit 7 EN, bit 6:4 MODE[2:0], bit 3 IE, bits 2..0 reserved (write 0)",
    "ADC1->SQR3 = 4; ADC1->CR2 |= ADC_CR2_ADON; // select channel 4",
    "FLASH->ACR = FLASH_ACR_LATENCY_2 | FLASH_ACR_PRFTBE; // 72 MHz needs 2 WS",
    "Pin 1 VCC, 2 GND, 3 SCL, 4 SDA — silkscreen on the clone board is wrong!",
    "#define LED_ON()  (GPIOC->BSRR = GPIO_BSRR_BR13)  /* active low */",
    "SysTick_Config(SystemCoreClock / 1000); // 1 ms tick",
    "__asm volatile (\"cpsid i\" ::: \"memory\");",
    "uint16_t v = (buf[0] << 8) | buf[1]; v >>= 4; // 12-bit, left justified",
    "status = read_reg(0x27); if (status & 0x08) { /* ZYXDA */ }",
    "memory map: 0x0800_0000 flash (64K), 0x2000_0000 SRAM (20K), 0x4000_0000 periph",
    "PORTD = (PORTD & ~0xF0) | (nibble << 4);",
    "gpio_set_level(GPIO_NUM_2, !gpio_get_level(GPIO_NUM_2));",
    "digitalWrite(LED_BUILTIN, HIGH); delay(500);",
    "NRF_P0->DIRSET = (1UL << 17); NRF_P0->OUTCLR = (1UL << 17);",
    "MCR: bit0 DTR, bit1 RTS, bit4 LOOP — set LOOP to self-test the UART",
    "I2C addr 0b1101000 (AD0 = 0) / 0b1101001 (AD0 = 1)",
    "raspi-gpio set 18 op dh",
    "TCCR1B = (1 << WGM12) | (1 << CS11) | (1 << CS10); OCR1A = 249; // 1 kHz @16 MHz",
    "if ((RCC->CR & RCC_CR_HSERDY) == 0) { /* HSE failed, drop to HSI */ }",
    "PWR->CR |= PWR_CR_DBP; RTC->BKP0R = 0xDEADBEEF; // magic for bootloader",
    "SCB->VTOR = 0x08004000; // app starts after 16K bootloader",
    "uart: 115200 8N1, no flow control; /dev/ttyACM0 on Linux, COM7 on Windows",
    "GPIOB->CRH &= ~(0xF << 4); GPIOB->CRH |= (0xB << 4); // PB9 AF push-pull 50MHz",
    "sensor.write(0x6B, 0x00)  # wake MPU from sleep",
    "spi.xfer2([0x03, addr >> 16 & 0xFF, addr >> 8 & 0xFF, addr & 0xFF] + [0]*256)",
    "dtparam=i2c_arm=on\ndtoverlay=w1-gpio,gpiopin=4",
    "J2 pinout: 1=3V3 2=SWDIO 3=GND 4=SWCLK 5=GND 6=SWO 7=NC 8=NC 9=GND 10=nRESET",
    "volatile uint32_t * const DWT_CYCCNT = (uint32_t *)0xE0001004;",
    "0x40 & 0x3F == 0 ? 'aligned' : 'not aligned'",
]

REG_PERIPHS = ["GPIOA", "GPIOB", "GPIOC", "TIM3", "USART2", "SPI2", "I2C1", "ADC1"]
REG_NAMES = ["CR1", "CR2", "SR", "DR", "ODR", "IDR", "BSRR", "CCR2", "PSC", "ARR"]


def tpl_reg(rng):
    p = rng.choice(REG_PERIPHS)
    r = rng.choice(REG_NAMES)
    form = rng.randint(0, 3)
    bit = rng.randint(0, 15)
    if form == 0:
        return f"{p}->{r} |= (1U << {bit});"
    if form == 1:
        return f"{p}->{r} &= ~(1U << {bit}); // clear bit {bit}"
    if form == 2:
        base = 0x40000000 + rng.randint(0, 0x3FF) * 0x400
        return f"{p}_{r} @ 0x{base >> 16:04X}_{base & 0xFFFF:04X} + 0x{rng.choice([0, 4, 8, 12, 16, 20]):02X}"
    return f"{p}->{r} = 0x{rng.randint(0, 0xFFFF):04X}; /* {rng.choice(['init', 'from table 3', 'default', 'after wake'])} */"


# --------------------------------------------------------------------------
# 5. measurement_note -- measurements, colour codes, quick calculations
# --------------------------------------------------------------------------
MEAS_LITERALS = [
    "3.3 V ± 5 %, ripple < 30 mVpp @ 20 MHz BW",
    "brown-black-orange-gold = 10k 5%",
    "Measured 4.97 V at TP3; expected 5.00 V — OK",
    "Idle current 12 µA → 230 µA when the radio is on",
    "f = 1/(2π·R·C) = 1/(2π × 10k × 100n) ≈ 159 Hz",
    "Vout = Vref * (1 + R1/R2) = 1.25 * (1 + 390/120) = 5.31 V",
    "Rise time 3.2 ns (10%–90%), overshoot ~18 % — adding 33 Ω series",
    "ESR <= 0.1 Ω @ 100 kHz",
    "THD+N: -92 dB @ 1 kHz, 2 Vrms",
    "Temp 25 °C → 85 °C: drift = +0.7 %",
    "yellow violet red brown brown = 47.2k 1%? no, 4 bands: yellow-violet-red = 4k7",
    "red-red-black-brown-brown = 2.2k 1% (5-band)",
    "Vf(LED) = 2.0 V, I = 10 mA → R = (5 - 2)/0.01 = 300 Ω → use 330 Ω",
    "P = I²R = 0.5² × 0.1 = 25 mW, 0603 is fine",
    "Battery: 3.7 V nominal, 4.2 V full, cut-off 3.0 V; 2000 mAh / 45 mA ≈ 44 h",
    "Scope: CH1 = SCL, CH2 = SDA, 400 kHz, rise ~280 ns with 4k7 pull-ups",
    "Noise floor -110 dBm/Hz; SNR = 20·log10(1.2/0.0003) ≈ 72 dB",
    "Vin 12 V, Vout 3.3 V, Iout 1 A → LDO dissipates (12-3.3)*1 = 8.7 W (!!) — use a buck",
    "C = 100 nF ± 10 %, X7R; at 3.3 V DC bias it drops to ~85 nF",
    "τ = RC = 10 kΩ × 10 µF = 100 ms; 5τ = 0.5 s",
    "hFE ~ 200 @ Ic = 10 mA; Ib = 50 µA; Rb = (3.3 - 0.7)/50µ = 52k → 47k",
    "Duty 37.5 %, f = 16 MHz / (2 × 256) = 31.25 kHz",
    "Clock error: 16 MHz / (16 × 9600) = 104.17 → 104 → -0.16 % OK",
    "Ripple current 1.2 A rms @ 100 kHz; cap rated 1.5 A",
    "Sleep: 1.8 µA (RTC on), 0.4 µA (RTC off) — datasheet says 0.3 µA typ",
    "Impedance 50 Ω single-ended / 90 Ω diff for USB; w = 0.3 mm, gap 0.15 mm on 0.2 mm prepreg",
    "Thermal: θJA = 62 °C/W × 0.9 W = 56 °C rise → Tj ≈ 96 °C at 40 °C ambient",
    "Vref 2.048 V / 4096 = 0.5 mV per LSB",
    "orange orange brown gold = 330 Ω; brown black red = 1k",
    "Reading: 12.03 V | 11.98 V | 12.01 V — mean 12.007 V, σ ≈ 0.02 V",
    "1 mil = 0.0254 mm; 6/6 mil trace/space = 0.15/0.15 mm",
    "dBm → mW: 10^(dBm/10); +20 dBm = 100 mW",
    "Inrush peak 14 A for 200 µs with 470 µF; add NTC 5 Ω",
    "Gain = -Rf/Rin = -100k/10k = -10 (20 dB), BW ≈ GBW/11 = 90 kHz",
    "Crystal ppm: ±20 ppm → ±1.7 s/day",
    "ADC raw 2730 → 2730 × 3.3 / 4095 = 2.2 V → × (100k+47k)/47k = 6.88 V",
    "Q = 1/R·√(L/C) = 1/2 × √(10µ/100n) = 5",
    "Current sense: 0.05 Ω × 2 A = 100 mV, INA gain 50 → 5 V (too high, use gain 20)",
    "Blue grey black brown = 6.8k? No — 4-band: blue grey red = 6k8",
    "Input -12 V … +12 V, output 0 … 3.3 V: Vout = Vin × 0.1375 + 1.65",
    "Cable drop: 2 × 1.5 m × 0.033 Ω/m × 3 A = 0.3 V",
    "17.2 mA @ 3.3 V (radio off), 126 mA peak TX @ +20 dBm",
    "Wire gauge: 24 AWG ≈ 0.51 mm, ~84 mΩ/m",
    "Sample rate 48 kHz, 24-bit; MCLK = 256 × fs = 12.288 MHz",
    "Frequency counter says 15.99987 MHz → -8 ppm",
    "PF = 0.62 before, 0.97 after PFC stage",
    "VBUS 5.08 V no load, 4.71 V at 900 mA (long cable)",
    "Short-circuit test: current limited at 2.1 A, recovers in < 5 ms",
]

MEAS_QTY = [("V", [1.8, 2.5, 3.3, 5.0, 12.0, 24.0]), ("mA", [1.2, 15, 48, 120, 350]),
            ("µA", [0.8, 3.5, 12, 95]), ("MHz", [8, 16, 25, 48, 72]), ("°C", [-20, 25, 60, 85])]
MEAS_PLACES = ["TP1", "TP4", "VBAT", "the 3V3 rail", "pin 7 of U2", "the LDO output", "C12"]


def tpl_meas(rng):
    unit, vals = rng.choice(MEAS_QTY)
    v = rng.choice(vals)
    tol = rng.choice(["± 1 %", "± 5 %", "±0.2", "(typ)", "(max)", "~"])
    place = rng.choice(MEAS_PLACES)
    form = rng.randint(0, 2)
    if form == 0:
        return f"Measured {v} {unit} {tol} at {place}"
    if form == 1:
        got = round(v * rng.choice([0.97, 0.99, 1.01, 1.03]), 3)
        return f"{place}: expected {v} {unit}, got {got} {unit} — {rng.choice(['OK', 'out of spec?', 'within tolerance', 'recheck with DMM'])}"
    return f"Spec {v} {unit} {tol}; limit < {round(v * 1.1, 2)} {unit}"


# --------------------------------------------------------------------------
# 6. datasheet_citation -- references to datasheets, app notes, manuals
# --------------------------------------------------------------------------
DS_LITERALS = [
    "See RM0008 §9.2.1 'Port configuration register low (GPIOx_CRL)'",
    "Datasheet rev. C (2019-04), Fig. 12 — Vf vs If @ 25 °C",
    "ATmega328P datasheet, section 'Configuring the Pin' — DDxn, PORTxn, PINxn",
    'Table 7-1, note 3: "Do not exceed 6 V on the EN pin"',
    "https://www.st.com/resource/en/datasheet/stm32f103c8.pdf — p. 34, Table 5 (pin definitions)",
    "App note: 'Layout guidelines for switching regulators', section 4.2 (hot loop)",
    "Errata sheet ES096, §2.8.7: I2C analog filter may provide wrong value → use digital filter",
    "Section 8.3.2 (\"Select the inductor\"): L = (Vin - Vout) × D / (fsw × ΔI)",
    "Abs max ratings (Table 2): VDD -0.3 … 4.0 V; 'stresses beyond these may cause damage'",
    "Datasheet says tPD = 7 ns typ / 15 ns max @ 3.3 V, CL = 50 pF",
    "According to the datasheet (p. 18, 'Power-on reset'), VDD must rise faster than 0.05 V/ms",
    "Fig. 3 (typical application) uses 2x 22 µF; the eval board uses 3x 10 µF",
    "https://ww1.microchip.com/downloads/en/DeviceDoc/ATmega328P-Data-Sheet.pdf#page=72",
    "Reference manual chapter 'DMA request mapping', Table 78 — USART1_TX = DMA1 Ch4",
    "User guide UM1724, section 6.12: solder bridges SB13/SB14 connect ST-LINK VCP",
    "JEDEC JESD22-A114 (HBM) ±2 kV per datasheet 'ESD ratings'",
    "Datasheet footnote (1): 'Guaranteed by design, not tested in production'",
    "MAX3232 datasheet, Typical Operating Circuit: C1-C4 = 0.1 µF for 3.0–3.6 V",
    "IPC-7351B naming: RESC1608X55N for a 0603 resistor",
    "nRF52840 PS v1.7, §6.9.3 'GPIO — drive strength', H0H1 = high drive (~10 mA)",
    "Datasheet Table 9 'Electrical characteristics' → IQ 55 µA typ (no load, EN = VIN)",
    "App note AN2606 lists the system memory bootloader pins: BOOT0 = 1, BOOT1 = 0",
    "See 'Thermal information' (θJA = 41.6 °C/W for the DGK package)",
    "Section 10 'Layout': keep the FB trace away from SW; put C_IN within 2 mm",
    "ds: p.12, Figure 7 — select the timing cap from the curve, not the formula",
    "Rev history: 'Updated Table 4, removed union of pin functions on PA15'",
    "I2C spec UM10204 rev 7, Table 10: tr max 300 ns for Fast-mode",
    "https://www.ti.com/lit/ds/symlink/lm358.pdf?ts=1700000000000 (page 7)",
    "Per datasheet §7.5 'Timing requirements': tSU(DAT) ≥ 100 ns",
    "USB 2.0 spec §7.1.5: 1.5 kΩ pull-up on D+ for full speed",
    "Silicon Labs AN0002: 'Hardware design considerations' — decoupling section",
    "Datasheet, Ordering Information: suffix -TR = tape & reel, -ND = DigiKey number",
    "LTspice model from the vendor page (rev B) differs from the datasheet Fig. 22",
    "Bosch BME280 datasheet §5.4.3 'Register 0xF4 ctrl_meas' — osrs_t[7:5], osrs_p[4:2], mode[1:0]",
    "Cortex-M3 TRM, §B3.2.6: AIRCR VECTKEY = 0x05FA",
    "Datasheet p. 5: 'Exposed pad must be connected to GND' <- missed this on rev A!",
    "Murata SimSurfing: GRM188R61E106 @ 3.3 V DC bias → ~6 µF effective",
    "ESP32 TRM v5.0, chapter 'IO_MUX and GPIO Matrix', Table 4-3",
    "Datasheet, 'Recommended land pattern' (mm): 1.0 × 0.6, pitch 0.5",
    "RP2040 datasheet §2.19.2 'Function select' — F1 SPI, F2 UART, F3 I2C, F4 PWM, F5 SIO",
    "Quoting the datasheet: \"the device enters sleep when /SLEEP is low for > 1 ms\"",
    "IEC 60062 colour code table (brown = 1, red = 2, … white = 9)",
    "Table 14 'Absolute maximum', note (2): 'Voltage on any pin except VBAT must not exceed VDD + 0.3 V'",
    "AN4899 'GPIO hardware settings and low-power consumption' §3.2",
    "Vishay document 20035, 'Thick film chip resistors' — derating curve above 70 °C",
    "Datasheet DS-0042 rev 3.1 (Jan 2022), Section 6 — Ordering codes",
    "The 'Select' pin (pin 6) is called 'SEL' in Table 3 and 'S' in Fig. 1 — same thing",
    "See also: TN1234 'Drop-in replacement guide', §2 (pin compatibility)",
]

DS_PARTS = ["LM358", "TPS62160", "STM32G031", "MCP2515", "ATtiny1614", "AD8605",
            "TLV9062", "NE555", "LMV321", "ESP32-C3", "MP2307", "SN74LVC1G14"]
DS_SECTIONS = ["Electrical Characteristics", "Typical Application", "Pin Configuration",
               "Layout Example", "Package Information", "Absolute Maximum Ratings",
               "Timing Diagram", "Recommended Operating Conditions"]


def tpl_ds(rng):
    part = rng.choice(DS_PARTS)
    sec = rng.choice(DS_SECTIONS)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{part} datasheet, §{rng.randint(5, 12)}.{rng.randint(1, 6)} '{sec}', p. {rng.randint(3, 60)}"
    if form == 1:
        return f"{part} ds rev {rng.choice('ABCDEFG')}, Table {rng.randint(1, 20)} ({sec})"
    return f"see {part} datasheet Fig. {rng.randint(1, 40)} — {sec.lower()}"


# --------------------------------------------------------------------------
# 7. design_file_path -- KiCad / Gerber / firmware file names and paths
# --------------------------------------------------------------------------
PATH_LITERALS = [
    "board-F_Cu.gbr",
    "board-B_SilkS.gbo",
    "ledmatrix.kicad_pcb",
    "../libs/footprints.pretty/SOT-23-5_custom.kicad_mod",
    "C:\\Users\\anna\\Documents\\KiCad\\7.0\\symbols\\my_parts.kicad_sym",
    "/home/pi/projects/ledmatrix/gerbers/ledmatrix-job.gbrjob",
    "${KIPRJMOD}/3d/usb-c-16p.step",
    "fab/drill/board-PTH.drl",
    "${KICAD7_3DMODEL_DIR}/Package_SO.3dshapes/SOIC-8_3.9x4.9mm_P1.27mm.wrl",
    "gerbers_v1.2_final_FINAL(2).zip",
    "hardware/kicad/power-board/power-board.kicad_sch",
    "~/kicad/libraries/shared.pretty/",
    "sym-lib-table: (lib (name \"MyLib\")(type \"KiCad\")(uri \"${KIPRJMOD}/../common/MyLib.kicad_sym\"))",
    "D:\\Projekte\\Wetterstation\\pcb\\fertigung\\wetter-Edge_Cuts.gm1",
    "firmware/build/Release/app.bin",
    "./out/blink.elf",
    "/opt/st/stm32cubeide_1.13.0/plugins/",
    "Core/Src/main.c",
    "Drivers/CMSIS/Device/ST/STM32F1xx/Include/stm32f103xb.h",
    "board-NPTH.drl & board-PTH.drl — both needed by the fab?",
    "outputs/assembly/board-top-pos.csv",
    "/dev/ttyUSB0",
    "COM3 (USB-SERIAL CH340)",
    "\\\\nas\\engineering\\pcb-archive\\2023\\rev-B\\",
    "project.kicad_pro, project.kicad_prl, fp-lib-table, sym-lib-table",
    "board-F_Mask.gts / board-B_Mask.gbs / board-Edge_Cuts.gm1",
    "platformio.ini -> [env:bluepill_f103c8]",
    ".pio/build/bluepill_f103c8/firmware.bin",
    "/usr/share/kicad/footprints/Resistor_SMD.pretty/R_0603_1608Metric.kicad_mod",
    "~/Library/Preferences/kicad/7.0/",
    "%APPDATA%\\kicad\\7.0\\kicad_common.json",
    "lib/../src/drivers/ws2812.c",
    "bom/ibom.html (interactive BOM, open in browser)",
    "sim/buck_converter.asc + sim/buck_converter.net",
    "/mnt/c/Users/tomek/Downloads/STM32CubeProgrammer/bin/STM32_Programmer_CLI",
    "rtl/top.v, rtl/uart_tx.v, constraints/arty.xdc",
    "eagle/old_design.sch (converted with KiCad importer)",
    "panel/panel_2x3.kicad_pcb  (made with KiKit)",
    "docs/images/render-top.png",
    "/etc/udev/rules.d/99-stlink.rules",
    "/boot/config.txt",
    "/var/log/syslog shows 'cp210x converter now attached to ttyUSB0'",
    "gerber/ledmatrix-In1_Cu.g2, ledmatrix-In2_Cu.g3 (4 layer)",
    "../../shared/3dmodels/Connector_USB.3dshapes/",
    "C:/ti/ccs1240/ccs/tools/compiler/ti-cgt-arm_20.2.7.LTS/bin/armcl.exe",
    "build/zephyr/zephyr.hex",
    "schematics (PDF): docs/rev-C/schematic_rev-C_2024-02-11.pdf",
    "Board Setup → Text & Graphics → paths relative to ${KIPRJMOD}",
]

PATH_PROJECTS = ["ledmatrix", "weather-station", "bldc-driver", "usb-hub", "synth-vco", "rover"]
PATH_LAYERS = [("F_Cu", "gtl"), ("B_Cu", "gbl"), ("F_SilkS", "gto"), ("B_Mask", "gbs"),
               ("F_Paste", "gtp"), ("Edge_Cuts", "gm1")]


def tpl_path(rng):
    proj = rng.choice(PATH_PROJECTS)
    form = rng.randint(0, 2)
    if form == 0:
        layer, ext = rng.choice(PATH_LAYERS)
        return f"{proj}/gerbers/rev-{rng.choice('ABCD')}/{proj}-{layer}.{ext}"
    if form == 1:
        return f"~/projects/{proj}/hardware/{proj}.kicad_{rng.choice(['pcb', 'sch', 'pro'])}"
    return f"{proj}/firmware/{rng.choice(['src', 'lib', 'include'])}/{rng.choice(['main', 'uart', 'adc', 'pwm'])}.{rng.choice(['c', 'h', 'cpp'])}"


# --------------------------------------------------------------------------
# 8. forum_question -- firmware / toolchain / design questions
# --------------------------------------------------------------------------
FORUM_LITERALS = [
    "arm-none-eabi-gcc -O2 -mcpu=cortex-m3 -mthumb -T stm32f103.ld main.c -o main.elf — linker says 'region FLASH overflowed by 312 bytes'. Any way to shrink printf?",
    "Why does `make flash` fail with 'Error: init mode failed (unable to connect to the target)' in OpenOCD?",
    "avrdude -c usbasp -p m328p -U flash:w:blink.hex:i → 'cannot set sck period'. Should I worry?",
    "Is it safe to drop the 100nF decoupling on U2 if there's a 10uF right next to it?",
    "How do I select between two I2C sensors that both sit at 0x3C? Mux, or change the address strap?",
    "`objdump -d main.elf | grep -A5 '<HardFault_Handler>'` — how do I find which instruction faulted?",
    "nRF52 sleep: why do people write __WFE(); __SEV(); __WFE(); instead of just one __WFE()?",
    "`cat /dev/ttyUSB0` prints garbage at 115200 8N1. Drop to 9600 or is it a ground problem?",
    "In ESP-IDF, is esp_restart() the same as the old system_restart()? The docs moved again.",
    "Anyone using `union { uint32_t w; uint8_t b[4]; }` for byte access? Is that UB in C or only C++?",
    "My 555 astable runs at 1.1 kHz instead of 1.0 kHz — R1 = 1k, R2 = 6.8k, C = 100n. Tolerance?",
    "What's the difference between `volatile` and `__attribute__((used))` for a register variable?",
    "KiCad 7: DRC complains 'Courtyards overlap' for 0402s in a row. Safe to ignore?",
    "How to exec a function from RAM on STM32? __attribute__((section(\".RamFunc\"))) doesn't link.",
    "sudo usermod -a -G dialout $USER — done, logged out, still 'Permission denied' on /dev/ttyACM0. Ideas?",
    "Does the 'drop-in replacement' claim for the GD32 hold for USB? Mine enumerates only after reset.",
    "LTspice: 'Time step too small; initial timepoint: trouble with node u1:n003' — what does it mean?",
    "Why is my ADC reading 4095 all the time? VREF+ is tied to 3V3, input is 1.2 V. (STM32L0)",
    "Is it OK to run `pip install esptool && esptool.py --chip esp32 erase_flash` as root on the Pi?",
    "HAL_Delay() hangs forever inside an interrupt — SysTick priority? Using CubeMX defaults.",
    "Verilog newbie: why does `always @(*)` with an incomplete if/else infer a latch?",
    "Can I use the same crystal for the MCU and the ethernet PHY? 25 MHz, both need ±50 ppm.",
    "Best way to union two BOMs from different KiCad projects into one order (same MPNs merged)?",
    "Where is the 'sleep' current spec in the datasheet? I only find 'shutdown' and 'standby'.",
    "Compiling with -Wall -Wextra -Werror and getting 'comparison of integer expressions of different signedness' in the vendor HAL. Patch or pragma?",
    "What's the cheapest way to level-shift 5 V → 3.3 V for SPI at 8 MHz? BSS138 too slow?",
    "My `printf(\"%f\", x)` prints nothing on newlib-nano. Do I need -u _printf_float?",
    "How do people drop the bootloader and reclaim the 2K on a Pro Mini?",
    "The footprint shows pin 1 on the wrong side (SOT-23-5 vs SC-70). Which one does the script select?",
    "Gerber viewer shows the board outline twice — Edge.Cuts and User.Drawings? How to remove one?",
    "How do I set `set_property CFGBVS VCCO [current_design]` correctly for an Arty A7?",
    "Is `while(1) { __WFI(); }` in main + everything in ISRs considered bad practice?",
    "Which git workflow do you use for KiCad files? Diffs of .kicad_pcb are unreadable.",
    "PlatformIO: 'Error: Please specify `upload_port` for environment or use global `--upload-port` option' — but it's in platformio.ini!",
    "Why does `gdb-multiarch` say 'Remote replied unexpectedly to vMustReplyEmpty'?",
    "What resistor to put on the LED so it doesn't burn? 3.3 V GPIO, red LED. 100 Ω or 220 Ω?",
    "Should the ground pour be connected on both layers with stitching vias every λ/10?",
    "Can a 0805 cap replace a 0603 on the same pads? Rework question, prototype only.",
    "Rust on Cortex-M: `cargo build --release --target thumbv7m-none-eabi` works, but `cargo embed` says 'No probe found'.",
    "Why does `#define SQUARE(x) x*x` give SQUARE(1+2) = 5? (answer: parentheses!)",
    "Is `bash -c \"while true; do cat /dev/ttyACM0; done\"` a sane way to log a serial port?",
    "How do I script KiCad's plot → gerbers from the command line? kicad-cli pcb export gerbers?",
    "Does anyone have the alert thresholds for the INA226 right? ALERT pin never goes low.",
    "When to pick `select` vs `case` in VHDL for a 4:1 mux? Synthesis results look identical.",
    "Pull-ups on I2C: 4.7k or 2.2k for 400 kHz with 30 cm of cable?",
    "My JTAG chain shows 'IR length mismatch' — 2 devices, TDO → TDI daisy-chained. Order matters?",
    "How do I drop privileges after opening /dev/mem in a Raspberry Pi C program?",
    "What does 'eval board' actually include? Just the PCB, or the cable and software too?",
    "Can someone explain `~(~0U << n)` for making a bit mask?",
]

FORUM_TOOLS = ["OpenOCD", "STM32CubeIDE", "PlatformIO", "avrdude", "esptool", "KiCad 8", "LTspice", "Vivado"]
FORUM_ISSUES = ["hangs at 'Connecting...'", "crashes on startup", "can't find my board",
                "gives a different result than last week", "is painfully slow", "ignores my config file"]
FORUM_OS = ["Windows 11", "Ubuntu 22.04", "macOS 14", "Debian on a Pi 4", "Fedora 39"]


def tpl_forum(rng):
    t = rng.choice(FORUM_TOOLS)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{t} {rng.choice(FORUM_ISSUES)} on {rng.choice(FORUM_OS)} — anyone else?"
    if form == 1:
        return f"Is {t} still the way to go in {rng.choice([2023, 2024, 2025])}, or is there something better?"
    return f"Since updating {t} it {rng.choice(FORUM_ISSUES)}. Rolled back? ({rng.choice(FORUM_OS)})"


# --------------------------------------------------------------------------
# 9. order_note -- notes on shop orders, quotes, returns
# --------------------------------------------------------------------------
ORDER_LITERALS = [
    "Please ship the 0603 reels in ESD bags — last time they came loose :(",
    "Order #48213: swap 2x LM7805 for LM2940 (low dropout); keep the rest.",
    "Need a quote for 500 pcs STM32G031K8T6 & 1k pcs 100nF 0402; delivery before 15/03?",
    'Gift note: "Happy soldering, Dad! <3"',
    "Leave at the back door; the dog is friendly but will 'help' unpack.",
    "VAT ID DE123456789; invoice to the R&D dept., attn. M. Keller",
    "Can you combine orders 48213 + 48219 to save shipping?",
    "Drop the jumper wires from the cart, I already have them.",
    "PO-2024-0117 — please put our PO number on the invoice, otherwise accounting can't pay it.",
    "Received 9 of 10 ESP32 modules; bag was sealed. Missing one, please advise.",
    "Cut tape is fine, no need for full reels. <100 pcs per line.",
    "Please don't substitute the crystal — we need exactly 8.000 MHz, CL = 12 pF.",
    "Return: wrong package (got SOIC-8, ordered MSOP-8). RMA please?",
    "Ship to: Lab 3.14, Building C, Universitätsstraße 5 — reception closes at 16:00",
    "Is the 'select' shipping option tracked? Last parcel vanished for 2 weeks.",
    "We're a school robotics club (non-profit) — any discount for 20 kits?",
    "Please add a paper copy of the CoC (certificate of conformance) for the aerospace job.",
    "Express please!!! Board bring-up is on Monday & the LDOs are the only thing missing.",
    "Quote ref Q-7781 valid until 30.06.; please honour the price on the 2nd batch.",
    "Part marked 'NRND' on your site — is there a last-time-buy date?",
    "Customs: HS code 8542.31 for the MCUs, 8533.21 for the resistors.",
    "Can you pre-program the ATtiny85s with my hex? File attached as blink_v2.hex",
    "Please pack the LiPo cells separately (UN3480) — carrier requirement.",
    "Delivery address is a PO box; if courier can't deliver, use DHL Packstation 123 instead.",
    "The 100 µF caps arrived bulging. Photo attached. Replacement or refund, whichever's faster.",
    "Order placed twice by mistake (#50311 and #50312) — cancel #50312 please.",
    "Don't ship on Friday; nobody's at the office on weekends.",
    "Need MSL info for U6 before reflow — is the bag humidity card included?",
    "Tax exempt (university), form attached. Contact: purchasing@uni.example",
    "Please include the datasheet printout for the relay, our technician prefers paper.",
    "Backorder OK for the TPS62160, ship the rest now.",
    "Split shipment is fine; I'd rather get the passives this week.",
    "Pickup in store Thursday after 5 pm — name on the order: J. O'Neill",
    "Discount code ELEKTRO10 didn't apply at checkout, charged full price. Can you fix?",
    "Invoice name: Müller & Söhne GmbH; address unchanged.",
    "Please confirm the 2N7002 are from an authorized distributor (traceability needed).",
    "Kit #3 was missing the 10k resistors (brown-black-orange). Just send 10 pcs in an envelope.",
    "Ref: ticket #2291 — still waiting on the refund of €12,40.",
    "Label the bags by designator (R1-R10, C1-C8, ...) if possible, makes assembly easier.",
    "Customer note: 'works great, but the USB-C cable in the kit is charge-only'",
    "Need the boards by 2024-05-20 for the exhibition; is 'priority' enough?",
    "Hi, I'd like to cancel the 3D printed enclosure and keep the PCB + parts.",
    "Order comment: assemble only top side; I'll hand-solder J1-J4 myself.",
    "Could you send the tracking link to both emails (mine & my colleague's)?",
    "For the PCB order: 1.6 mm, ENIG, black mask, 'remove order number' please.",
    "Address line 2: c/o Hackerspace \"Lötlabor\", 2nd floor, ring twice",
    "Pay by invoice (net 30) — we're an existing business customer #C-10442.",
    "Shipping to Norway: please declare correct value, previous parcel was held at customs.",
]

ORDER_ITEMS = ["LM358 (SOIC-8)", "0603 resistor kit", "ESP32-C3 DevKit", "CH340 USB-UART",
               "10uF 0805 caps", "JST-PH cables", "Nucleo-F411RE", "soldering tips (T12-K)"]
ORDER_REQS = ["please ship together", "can you hold until the backorder arrives?",
              "need an invoice with VAT", "swap for the lead-free version",
              "cancel if not in stock by Friday", "please double-bag"]


def tpl_order(rng):
    n = rng.randint(1, 500)
    item = rng.choice(ORDER_ITEMS)
    return f"Order #{rng.randint(40000, 59999)}: {n} x {item} — {rng.choice(ORDER_REQS)}"


# --------------------------------------------------------------------------
# 10. multilingual_note -- notes in many languages
# --------------------------------------------------------------------------
ML_LITERALS = [
    "Widerstand R5 auf 4,7 kΩ geändert – die LED war zu hell.",
    "Le condensateur C3 (10 µF) chauffe ; vérifier la polarité !",
    "Проверьте пайку U2 — короткое замыкание между выводами 3 и 4.",
    "電源は3.3Vで、GPIOは5Vトレラントではありません。",
    "请注意：STM32 的 BOOT0 引脚需要下拉到 GND，否则无法从 Flash 启动。",
    "El regulador se calienta mucho con 12 V de entrada; mejor usar un buck.",
    "Zamówienie dotarło, ale brakuje 2 szt. kondensatorów 22 pF.",
    "O cristal de 16 MHz não oscila — os capacitores de carga são de 22 pF?",
    "Il firmware si blocca dopo 'HAL_Init()'; forse manca il clock HSE.",
    "저항 값이 틀렸어요: 갈색-검정-주황 = 10kΩ 입니다.",
    "Prosím o zaslání faktury na firmu; IČO 12345678.",
    "Devre çalışıyor ama 3.3 V hattında 50 mV dalgalanma var.",
    "المقاومة R3 يجب أن تكون 1 كيلو أوم وليس 10 كيلو أوم.",
    "הלחמתי את המחבר הפוך – האם אפשר להחליף רק את הכבל?",
    "Ο πυκνωτής C7 μπήκε ανάποδα· άλλαξα και τώρα δουλεύει.",
    "Verander R12 naar 220 Ω; met 100 Ω wordt de transistor te warm.",
    "Kondensatorn C4 saknas i satsen – kan ni skicka en?",
    "Tranzystor Q1 grzeje się przy 500 mA; dodałem radiator.",
    "ファームウェアを書き込むと「Target not found」と出ます。SWDIO/SWCLKの配線を確認済み。",
    "我用 arm-none-eabi-gcc 编译时提示 “undefined reference to `_sbrk'”，怎么解决？",
    "Spannung an TP3: 4,98 V (Soll 5,00 V ± 2 %) → i. O.",
    "Merci pour la livraison rapide ! Les 0402 sont un peu petits pour mes yeux 😅",
    "Платы пришли, но маска на обратной стороне синяя, а заказывал зелёную.",
    "¿Alguien sabe si el ESP32-C3 soporta USB nativo? Quiero quitar el CH340.",
    "Nhiệt độ IC lên tới 85 °C khi tải 1 A — có cần tản nhiệt không?",
    "Resistor pull-up de 4k7 no SDA e SCL; sem eles o I²C não funciona.",
    "Tolong kirim ulang, paket rusak dan dua IC pecah.",
    "Kytkentäkaavio: R1 ja R2 muodostavat jännitteenjakajan (100k / 47k).",
    "Die Gerber-Dateien liegen unter C:\\Projekte\\Lötstation\\gerber\\ – bitte prüfen.",
    "Le fichier « carte-F_Cu.gbr » est vide ; mauvais calque sélectionné ?",
    "Обновил прошивку через `st-flash write firmware.bin 0x8000000` — всё работает.",
    "Ich brauche 10 × BC547 & 10 × BC557 für den Workshop am Samstag.",
    "フットプリントのピン1の位置がデータシートと違います（SOT-23-5）。",
    "Bitte nicht 'select' im Dropdown wählen – das ist nur ein Platzhalter 🙃",
    "Questo LDO ha una caduta di 1,1 V: con 3,7 V in ingresso non arrivo a 3,3 V.",
    "电阻色环：棕-黑-红-金 = 1 kΩ ±5 %。",
    "Vi trenger tilbud på 200 stk. STM32G0 – levering uke 34?",
    "Soldaduras frías en J2; repasé con flux y quedó bien.",
    "Proszę o fakturę VAT na: Elektronika Sp. z o.o., ul. Lutowa 7, Łódź",
    "Ang LED ay hindi umiilaw — baka baligtad ang polarity?",
    "Ψάχνω datasheet για το TPS62160· ο σύνδεσμος στο site δεν δουλεύει.",
    "भाई, 10k का रेसिस्टर 0603 पैकेज में चाहिए — 100 पीस।",
    "Hajtókar helyett enkóder: A/B kimenet a PA0/PA1 lábakon.",
    "Schimbați, vă rog, tensiunea de ieșire la 5 V (R2 = 10k → 3k3).",
    "ESP32 ने Wi-Fi कनेक्ट किया पर MQTT पर 'connection refused' आता है।",
    "ขอใบเสนอราคา ตัวต้านทาน 10kΩ 0603 จำนวน 1,000 ชิ้น",
    "Tak for hurtig levering – pakken var dog lidt mast.",
    "Обратите внимание: на плате rev-B перепутаны RX/TX (TX → TX).",
]

ML_TEMPLATES = [
    "Widerstand {r} durch {v} ersetzt ({d}).",
    "Résistance {r} remplacée par {v} ({d}).",
    "Resistencia {r} cambiada a {v} ({d}).",
    "Резистор {r} заменён на {v} ({d}).",
    "抵抗 {r} を {v} に変更しました（{d}）。",
    "电阻 {r} 改为 {v}（{d}）。",
    "Rezystor {r} wymieniony na {v} ({d}).",
    "Resistore {r} sostituito con {v} ({d}).",
]
ML_DATES = ["2024-01-15", "2024-03-02", "2023-11-28", "2024-06-09", "2025-02-17", "rev C", "rev D"]


def tpl_ml(rng):
    t = rng.choice(ML_TEMPLATES)
    r = f"R{rng.randint(1, 60)}"
    v = rng.choice(["1 kΩ", "4,7 kΩ", "10 kΩ", "220 Ω", "47 kΩ", "100 kΩ", "3,3 kΩ"])
    return t.format(r=r, v=v, d=rng.choice(ML_DATES))


CATEGORIES = [
    ("bom_line", BOM_LITERALS, tpl_bom),
    ("spice_netlist", SPICE_LITERALS, tpl_spice),
    ("hdl_snippet", HDL_LITERALS, tpl_hdl),
    ("register_map", REG_LITERALS, tpl_reg),
    ("measurement_note", MEAS_LITERALS, tpl_meas),
    ("datasheet_citation", DS_LITERALS, tpl_ds),
    ("design_file_path", PATH_LITERALS, tpl_path),
    ("forum_question", FORUM_LITERALS, tpl_forum),
    ("order_note", ORDER_LITERALS, tpl_order),
    ("multilingual_note", ML_LITERALS, tpl_ml),
]


def build(rng):
    rows = []
    seen = {}
    stats = []
    for cat, literals, tpl in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen[v] = cat
            values.append(v)
        n_lit = len(values)
        guard = 0
        while len(values) < PER_CATEGORY:
            guard += 1
            if guard > 10000:
                raise SystemExit(f"template for {cat} cannot fill {PER_CATEGORY}")
            v = tpl(rng)
            if v in seen:
                continue
            seen[v] = cat
            values.append(v)
        values = values[:PER_CATEGORY]
        stats.append((cat, len(values), min(n_lit, PER_CATEGORY)))
        rows.extend((cat, v) for v in values)
    return rows, stats


def main():
    rng = random.Random(SEED)
    rows, stats = build(rng)
    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, val) in enumerate(rows, 1):
            assert isinstance(val, str) and val and len(val) <= 1800, (cat, val)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": val}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:20s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    print(f"{'total':20s} {len(rows):4d}  literals {total_lit:3d}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
