#!/usr/bin/env python3
"""Write benign.jsonl: IoT, industrial and smart-home text a device platform receives.

A device management API, a smart-home hub, an industrial historian / SCADA
tag browser, an MQTT console, a firmware/OTA portal and a field-service
ticket system all take this text as ordinary field values: device names and
labels with unit symbols, automations in YAML/JSON and Node-RED flows, tag
paths and OPC UA node ids, MQTT topics and payloads, alarm texts and sensor
readings, firmware release notes and OTA manifests, Modbus/CAN/BACnet/KNX
register maps, serial console and AT-command logs, edge-gateway config
snippets, and technician notes and support tickets with stack traces.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (`<`, `>`, `;`, `|`, `&`, `$`,
`{{ ... }}`, `{% ... %}`, `${...}`, `$(...)`, `ns=2;s=...`, `$SYS/#`, `\\`,
`../`, absolute paths, internal URLs, SQL and shell words, stack traces).
All credentials are placeholders or fake.

Standard library only, deterministic (random.Random(2801)); running the
script twice gives the same bytes.
"""
import json
import random
from pathlib import Path

RNG = random.Random(2801)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def fill(cat, literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), n))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


def day():
    return "2024-%02d-%02d" % (RNG.randint(1, 12), RNG.randint(1, 28))


def hhmm():
    return "%02d:%02d" % (RNG.randint(0, 23), RNG.randint(0, 59))


# ---------------------------------------------------------------- shared pools
SITES = ["Plant1", "Plant2", "Werk_Bremen", "Usine_Lyon", "Osaka", "PlantB"]
LINES = ["Line1", "Line2", "Line3", "Line4", "Packaging", "Utilities", "CIP"]
PLCS = ["PLC1", "PLC2", "PLC3", "RTU4", "PLC7", "Drive_VFD2"]
SIGNALS = ["Temp_C", "Pressure_bar", "Flow_m3h", "Speed_rpm", "Level_pct", "Current_A", "Vib_mm_s",
           "Run_FB", "Fault", "SP_Temp", "Power_kW", "Torque_pct"]
ROOMS = ["Kitchen", "Living room", "Bedroom 2", "Garage", "Cellar", "Attic", "Office", "Bathroom",
         "Hallway", "Greenhouse", "Laundry", "Nursery"]
GWS = ["gw-07", "gw-osaka-01", "hub-living", "edge-lyon-03", "rtu-12", "gw-halle2", "esp32-aa12f0"]
TECHS = ["J. Ortiz", "M. Becker", "A. Nowak", "K. Sato", "L. Dubois", "R. Okafor", "S. Ferreira", "E. Yılmaz"]
TAGS = ["TT-101", "TT-102", "PT-201", "FT-301", "LT-101", "VT-7", "TIC-201", "PT-12", "AT-05"]
FW = ["2.3.9", "2.4.0", "2.4.1", "3.1.4", "3.2.0", "1.12.7", "5.0.0-beta.2"]


# ====================================================================== 1
def device_labels():
    lit = [
        "Freezer <-18°C",
        "Pump #3 (backup)",
        "Kitchen – ceiling light (2/3)",
        "Living room TV & soundbar",
        "Gate opener — don't select auto-close in winter",
        "Kühlraum 2 / Tür-Kontakt",
        "Serre n°4 – humidité sol",
        "Tank T-4 level 0–100 % (4-20 mA)",
        "PLC2 | Line 3 | Filler",
        "Bedroom 2 -- kids' night light",
        "Water heater 80 L @ 230 V",
        'Smoke detector "Attic"',
        "Chiller CH-2 ΔT (supply/return)",
        "温度センサー 2F 会議室",
        "Датчик давления P-12 (насос 3)",
        "Rack UPS 1500VA – on battery < 10 min",
        "Front door lock (Z-Wave node 14)",
        "Aquarium heater 26 °C ± 0.5",
        "Sprinkler zone 5 = roses & hedge",
        'Line3/Filler/Valve V-07 "open" limit switch',
        "Coldroom #1 >= +4°C alarm",
        "Outdoor temp (north wall, shade)",
        "Pool pump 1.1 kW — runs 08:00-12:00 & 16:00-19:00",
        "Bureau d'Émilie – radiateur",
        "Sala de máquinas – bomba nº 2",
        "Wärmepumpe WP-1 / Vorlauf",
        "EV charger (garage) max 16 A",
        "Conveyor C3 E-stop #2",
        "AHU-01 supply fan VFD",
        "Meter M-04 kWh import/export",
        "Cellar sump pump – alert if running > 5 min",
        "Gateway GW-Osaka-01 [spare SIM]",
        "Dock door 7 <-> scale 2",
        "Lab 03 / CO₂ ppm",
        "Freezer (left) – don't unplug!!",
        "Termostato Salón (Planta 1)",
        "Reactor R-201 jacket temp (TIC-201)",
        "Silo 3 level – radar, 0..25 m",
        "Heater \"Oma's room\"",
        "Kid's room lamp 💡",
        "Shed 🏚️ door contact",
        "Motion – hallway (night mode only)",
        "Selector switch S1 (Hand/0/Auto)",
        "Drop tester DT-2 counter",
        "Exhaust fan – sleep mode 22:00–06:00",
        "Main breaker Q0 → sub-panel UV-2",
        "Stall 4 – Tränke Heizung (Frostschutz)",
        "Beehive #2 scale & temp 🐝",
        "Office A/C – 3rd floor, east wing",
        "Boiler room: flow temp > 70 °C = alarm",
        "冷蔵庫 (厨房) ≤ 5°C",
        "Pompa ciepła – bufor 200 l",
        "Porta del garage – sensore magnetico",
        "Installed 2024-03-11 by J. Ortiz; replaced the old 0-10 V dimmer. Neutral present, no bypass needed.",
        "Mounted 1.8 m above floor, away from the radiator. Don't move it – the wall is the only spot with signal > -75 dBm.",
        "Room: Server closet\nDevice: Temp/humidity probe\nLimits: 18–27 °C, RH < 60 %",
    ]
    kinds = ["thermostat", "motion sensor", "smart plug", "door contact", "dimmer", "radiator valve",
             "leak sensor", "blind motor", "ceiling light", "smoke detector"]
    notes = ["battery", "mains", "Zigbee", "Z-Wave", "Wi-Fi", "Thread", "wired"]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            return "%s %s #%d (%s)" % (pick(ROOMS), pick(kinds), RNG.randint(1, 9), pick(notes))
        if k == 1:
            return "%s %s-%d (%s)" % (pick(["Pump", "Fan", "Valve", "Heater", "Compressor", "Chiller", "Mixer"]),
                                      pick("PVFHCKM"), RNG.randint(1, 250),
                                      pick(["backup", "duty", "standby", "spare", "2 of 3", "old panel", "new"]))
        if k == 2:
            return "%s %d %s %d°C" % (pick(["Freezer", "Cold room", "Fridge", "Blast chiller", "Incubator", "Wine cellar"]),
                                      RNG.randint(1, 12), pick(["<", ">", "≤", "≥", "<=", ">="]), RNG.randint(-25, 40))
        if k == 3:
            return "%s / %s / %s" % (pick(SITES), pick(LINES), pick(["Filler", "Capper", "Labeler", "Oven", "Press 7", "Palletizer"]))
        return "%s – %s %d %s" % (pick(ROOMS), pick(["window", "socket", "lamp", "sensor"]), RNG.randint(1, 6),
                                   pick(["(left)", "(right)", "[test]", "– don't touch", "& door", "<- new"]))
    return fill("device-labels", lit, gen)


# ====================================================================== 2
def automations():
    lit = [
        """alias: Hallway light at night
trigger:
  - platform: state
    entity_id: binary_sensor.hallway_motion
    to: "on"
condition:
  - condition: time
    after: "22:00:00"
    before: "06:30:00"
action:
  - service: light.turn_on
    target:
      entity_id: light.hallway
    data:
      brightness_pct: 15
mode: restart""",
        "{{ states('sensor.outdoor_temp') | float(0) < 3 }}",
        """- alias: Freezer too warm
  trigger:
    - platform: numeric_state
      entity_id: sensor.freezer_temp
      above: -15
      for: "00:10:00"
  action:
    - service: notify.mobile_app_pixel
      data:
        title: "Freezer alarm"
        message: "Freezer is at {{ states('sensor.freezer_temp') }} °C (limit -15)\"""",
        'msg.payload = Number(msg.payload) > 30 ? "ON" : "OFF";\nreturn msg;',
        '[{"id":"a1f3c2d4.5e6b7","type":"mqtt in","z":"f1","name":"garage temp","topic":"home/garage/temperature","qos":"1","broker":"b7c1e2","x":140,"y":80,"wires":[["c3d4e5f6.1"]]},{"id":"c3d4e5f6.1","type":"function","z":"f1","name":"to °F","func":"msg.payload = msg.payload * 9 / 5 + 32;\\nreturn msg;","outputs":1,"x":330,"y":80,"wires":[["d9e8f7a6.2"]]}]',
        '{"name":"Movie night","entities":{"light.living_ceiling":{"state":"off"},"light.tv_backlight":{"state":"on","brightness":60,"rgb_color":[255,120,40]},"cover.living_blinds":{"position":0}}}',
        "{% if is_state('alarm_control_panel.home', 'armed_away') %}Alarm is armed{% else %}Alarm is off{% endif %}",
        "{{ (states('sensor.grid_power') | float - states('sensor.pv_power') | float) | round(1) }} W",
        "rule: if temp < 18 && window == closed then heating = on",
        "Sunset −30 min → Evening scene (only if someone is home)",
        "0 6 * * 1-5  → heating.comfort  |  0 22 * * *  → heating.eco",
        '{"id":"e44c1b0a.9f2","type":"exec","z":"f1","command":"/usr/bin/vcgencmd measure_temp","addpay":"","append":"","useSpawn":"false","timer":"5","name":"SoC temp","x":320,"y":220,"wires":[["8c1d2e3f.4"],[],[]]}',
        '{"id":"5b6c7d8e.1","type":"switch","name":"door open > 2 min?","property":"payload.open_s","propertyType":"msg","rules":[{"t":"gt","v":"120","vt":"num"}],"checkall":"true","outputs":1,"wires":[["6c7d8e9f.2"]]}',
        "shell_command:\n  backup_zigbee: 'cp /config/zigbee2mqtt/database.db /backup/z2m-$(date +%F).db'",
        "When the 'Good night' button is pressed → all lights off, lock front door, thermostat 18 °C, arm alarm (stay)",
        """template:
  - sensor:
      - name: "Heat pump COP"
        state: >
          {% set el = states('sensor.hp_power') | float(0) %}
          {% set th = states('sensor.hp_heat') | float(0) %}
          {{ (th / el) | round(2) if el > 0 else 0 }}""",
        "const last = context.get('last') || 0;\nconst now = Date.now();\nif (now - last < 60000) { return null; } // debounce 1 min\ncontext.set('last', now);\nmsg.payload = { text: `Door ${msg.topic.split('/')[1]} opened` };\nreturn msg;",
        """rule "Bathroom fan on humidity"
when
    Item Bath_Humidity changed
then
    if ((Bath_Humidity.state as Number) > 70) {
        Bath_Fan.sendCommand(ON)
    } else if ((Bath_Humidity.state as Number) < 60) {
        Bath_Fan.sendCommand(OFF)
    }
end""",
        "wait_template: \"{{ is_state('binary_sensor.washer_running', 'off') }}\"\ntimeout: \"02:00:00\"\ncontinue_on_timeout: true",
        "Scene \"Dinner\" – 40% warm white, blinds 50 %, music 'Jazz' on the kitchen speaker",
        '{"condition":"and","conditions":[{"condition":"numeric_state","entity_id":"sensor.co2","above":1000},{"condition":"state","entity_id":"input_boolean.guest_mode","state":"off"}]}',
        "Automation 'Vacation' – random lights between 18:00 and 23:30, blinds down at sunset; disable when presence == home",
        '{"id":"1a2b3c4d.5","type":"change","name":"set topic","rules":[{"t":"set","p":"topic","pt":"msg","to":"\'home/\' & msg.room & \'/light/set\'","tot":"jsonata"}],"wires":[["2b3c4d5e.6"]]}',
        "choose:\n  - conditions: \"{{ trigger.id == 'morning' }}\"\n    sequence:\n      - service: cover.open_cover\n        target: {area_id: bedroom}\n  - conditions: \"{{ trigger.id == 'evening' }}\"\n    sequence:\n      - service: cover.close_cover\n        target: {area_id: bedroom}",
        "message: \"{{ trigger.to_state.name }} has been open for {{ (as_timestamp(now()) - as_timestamp(trigger.to_state.last_changed)) | int // 60 }} min\"",
        '{"id":"9f8e7d6c.1","type":"inject","name":"every 5 min","props":[{"p":"payload"}],"repeat":"300","crontab":"","once":true,"onceDelay":"3","topic":"","payload":"","payloadType":"date","wires":[["7e6d5c4b.2"]]}',
        "Delay 00:05:00, then if {{ states('sensor.bath_rh') | int > 65 }} keep the fan on, else turn it off",
        "Rule1 ON Switch1#State=1 DO Backlog Power1 ON; RuleTimer1 300 ENDON ON Rules#Timer=1 DO Power1 OFF ENDON",
        """sensor:
  - platform: adc
    pin: GPIO34
    name: "Soil moisture"
    unit_of_measurement: "%"
    update_interval: 60s
    filters:
      - lambda: |-
          if (x > 2.8) return 0;
          if (x < 1.2) return 100;
          return (2.8 - x) / (2.8 - 1.2) * 100.0;""",
        "Szene „Abendessen“: Esstisch 60 %, Küche aus, Rollläden ↓, Musik leise",
        "Automatisation « Départ » : tout éteindre, volets fermés, chauffage en mode éco (17 °C) si personne n'est à la maison",
        '{"if":{"all":[{"sensor":"door.front","op":"==","value":"open"},{"sensor":"alarm.mode","op":"!=","value":"disarmed"}]},"then":[{"notify":"phone","text":"Front door opened while armed!"}]}',
        '{"id":"3c4d5e6f.7","type":"http request","name":"weather","method":"GET","ret":"obj","url":"https://api.weather.example/v1/forecast?lat={{lat}}&lon={{lon}}&units=metric","tls":"","wires":[["4d5e6f70.8"]]}',
        "alias: Dryer finished\ntrigger:\n  - platform: numeric_state\n    entity_id: sensor.dryer_power\n    below: 5\n    for: {minutes: 3}\naction:\n  - service: tts.speak\n    data:\n      message: \"The dryer is done!\"",
        "Sleep scene: bedroom 5 % red, white noise on, phone DND; runs at 22:45 on weekdays",
        "// split CSV line from the Modbus bridge\nconst [ts, tag, val] = msg.payload.split(';');\nmsg.payload = { ts: new Date(ts), tag, val: parseFloat(val) };\nreturn msg;",
        "input_select.house_mode options: Home | Away | Night | Vacation | Guest",
        "{% for s in states.sensor if 'battery' in s.entity_id and s.state | int(100) < 20 %}{{ s.name }} ({{ s.state }} %){% if not loop.last %}, {% endif %}{% endfor %}",
        "service: script.turn_on\ntarget:\n  entity_id: script.wake_up_light\ndata:\n  variables:\n    duration: 900\n    room: \"bedroom\"",
        "Automatización: si la humedad del baño > 70 % durante 2 min, encender el extractor; apagar cuando baje de 60 %.",
        "オートメーション「帰宅」: 玄関ドア解錠 → 廊下の照明ON → エアコン 26℃",
        '{"id":"6e7f8091.a","type":"template","name":"alert text","field":"payload","format":"handlebars","syntax":"mustache","template":"⚠️ {{payload.name}} is {{payload.value}} {{payload.unit}} (limit {{payload.limit}})","output":"str","wires":[["708192a3.b"]]}',
        "trigger:\n  - platform: mqtt\n    topic: \"zigbee2mqtt/button_bedroom/action\"\n    payload: \"double\"\naction:\n  - service: light.toggle\n    target: {entity_id: light.bedroom_all}",
        "condition: template\nvalue_template: \"{{ now().hour >= 7 and now().hour < 22 and states('sensor.lux') | int < 200 }}\"",
        "const tariff = global.get('tariff') ?? 0.31;\nmsg.payload = (msg.payload.kwh * tariff).toFixed(2) + ' €';\nreturn msg;",
        "Garage door left open > 15 min && after sunset → notify + close (with 10 s beep warning)",
        "- id: '1718032219931'\n  alias: Water leak kitchen\n  trigger:\n  - platform: state\n    entity_id: binary_sensor.leak_kitchen\n    to: 'on'\n  action:\n  - service: valve.close_valve\n    target:\n      entity_id: valve.main_water\n  - service: notify.family\n    data:\n      message: Leak under the sink! Main valve closed.",
        "Scena «Cinema»: luci soggiorno 10 %, TV accesa, tapparelle giù; disattiva se qualcuno apre la porta d'ingresso",
        "if (msg.payload.occupancy === false && flow.get('lights_on') === true) {\n    node.status({fill: 'yellow', shape: 'dot', text: 'switching off in 5 min'});\n    return [null, msg];\n}\nreturn [msg, null];",
    ]
    sensors = ["sensor.living_temp", "sensor.bath_rh", "sensor.co2_office", "sensor.pv_power", "sensor.freezer_temp",
               "sensor.lux_garden", "sensor.water_flow"]
    ops = [">", "<", ">=", "<=", "=="]
    acts = ["light.turn_off", "fan.turn_on", "notify.family", "cover.close_cover", "switch.toggle", "climate.set_temperature"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "When %s %s %d for %d min → %s" % (pick(sensors), pick(ops), RNG.randint(-20, 1500), RNG.randint(1, 30), pick(acts))
        if k == 1:
            return "{{ states('%s') | float(0) %s %d }}" % (pick(sensors), pick(ops), RNG.randint(-20, 1500))
        return '{"trigger":{"entity":"%s","above":%d},"action":{"service":"%s"},"mode":"%s"}' % (
            pick(sensors), RNG.randint(0, 1200), pick(acts), pick(["single", "restart", "queued"]))
    return fill("automations", lit, gen)


# ====================================================================== 3
def scada_tags():
    lit = [
        "Plant1/Line3/PLC2.Temp_C",
        "ns=2;s=Boiler.Pressure",
        "ns=3;i=1001",
        'ns=3;s="DB_Recipe"."Step"[4].Setpoint',
        "ns=4;g=5b2c7e10-4d1a-4f7a-9a0e-3c9e1f2a8b77",
        "ns=1;b=M/RYQQ==",
        "[default]Line3/Filler/Speed_SP",
        "Plant1/Line*/PLC?/Temp_*",
        "tag=Plant1/Line3/PLC2.Temp_C&start=*-8h&end=*&mode=avg&interval=5m",
        r"\\HIST01\Plant1.Line3.FT-301.PV",
        r"Plant1\Area2\Mixer_M1.Speed",
        "/0:Objects/2:DeviceSet/4:PLC2/4:ParameterSet/4:Temp",
        "Selector_S1.Pos (0=Hand, 1=Off, 2=Auto)",
        "DROP_TEST/Station2.Count_OK",
        "Line3.Oven.Zone[2].Temp_PV > Line3.Oven.Zone[2].Temp_SP + 5",
        "{Plant1/Line3/PLC2.Temp_C} * 1.8 + 32",
        "if({[default]Tank1/Level_pct} > 90, 1, 0)",
        "Werk_Bremen/Halle2/Presse_07.Druck_bar",
        "PLC3.Task_Main.Exec_Time_ms",
        "Kiln_2.Sleep_Mode_Cmd",
        "OPC UA browse: Objects > Plant1 > Line3 > PLC2 > Temp_C (ns=2;s=Plant1.Line3.PLC2.Temp_C), DataType Double, AccessLevel CurrentRead|HistoryRead",
        "opc.tcp://plc2.line3.plant1.local:4840/UA/Server",
        "Usine_Lyon/Ligne2/Étuve.Température_°C",
        "工場1/ライン3/PLC2.温度",
        "Line3/PLC2.Alarms.* (quality != Good)",
        "Line1/CIP/SELECT_VALVE_V12.FB_Open",
        "Utilities/Compressors/C101.Discharge_Temp_C",
        "ns=2;s=Channel1.Device1.Tag_40001",
        "ns=2;s=Modbus.RTU4.HR[100..109]",
        r"Line3\PLC2\DB10.DBD4 (REAL) – speed setpoint",
        "%MW100 / %MD204 / %IX0.3",
        "Plant1/Line3/PLC2.Temp_C;Plant1/Line3/PLC2.Pressure_bar;Plant1/Line3/PLC2.Flow_m3h",
        "Historian export: tags = Line3/*/Temp_C | interval = 1 min | agg = avg, min, max | range = 2024-06-01 00:00 .. 2024-06-07 23:59",
        'Tag description: "Feed pump P-3 run feedback (1 = running)". Eng units: none. Deadband 0.',
        "Scaling: raw 0..27648 → 0..10 bar (linear), clamp on",
        "Expression tag: ({Line3/Flow_m3h} / 3600) * {Line3/Density_kgm3}  -- kg/s",
        "SELECT t_stamp, floatvalue FROM sqlt_data_1_2024_06 WHERE tagid = 42 AND t_stamp BETWEEN :start AND :end ORDER BY t_stamp",
        "Line 3 / PLC2 / Temp °C (avg 15 min)",
        "ns=2;s=Boiler.Pressure, ns=2;s=Boiler.Temperature, ns=2;s=Boiler.Level",
        "nsu=http://plant1.example.com/UA/Boiler;s=Drum.Level",
        "i=2258 (Server_ServerStatus_CurrentTime)",
        "Plant2/Line1/Robot_R3.Axis[1..6].Torque_pct",
        "Tank_Farm/TK-101/LT-101.PV >= 85.0 %",
        "Plant1/Line3/PLC2.Temp_C @ 2024-06-11 14:00:00 → 71.6 °C (Good)",
        "Recipe/Batch_4711/Phase[3].Hold_Time_s",
        "Zugriff: ns=2;s=Anlage1.Kessel.Druck ist schreibgeschützt (AccessLevel = CurrentRead)",
        "Plant1/Line3/PLC2/Diag/Ethernet.Port[1].CRC_Errors",
        "{[.]../Pump_P3/Run_FB} && {[.]Motor/Amps} > 12",
        "Plant1/Line3/PLC2.Temp_C,Plant1/Line3/PLC2.Temp_SP?agg=max&from=-24h",
        "Why does ns=2;s=Boiler.Pressure return BadNodeIdUnknown after the PLC download? The node is still in the project.",
        "Trend across the month boundary: SELECT ts, value FROM hist_2024_05 WHERE tag_id = 812 UNION ALL SELECT ts, value FROM hist_2024_06 WHERE tag_id = 812 ORDER BY ts",
    ]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            return "%s/%s/%s.%s" % (pick(SITES), pick(LINES), pick(PLCS), pick(SIGNALS))
        if k == 1:
            return "ns=%d;s=%s.%s.%s" % (RNG.randint(1, 6), pick(SITES), pick(LINES), pick(SIGNALS))
        if k == 2:
            return "ns=%d;i=%d" % (RNG.randint(0, 7), RNG.randint(1000, 99999))
        if k == 3:
            return "[default]%s/%s/%s" % (pick(LINES), pick(PLCS), pick(SIGNALS))
        return "tag=%s/%s/%s.%s&start=*-%dh&end=*&mode=%s" % (pick(SITES), pick(LINES), pick(PLCS), pick(SIGNALS),
                                                            RNG.randint(1, 72), pick(["avg", "min", "max", "raw", "last"]))
    return fill("scada-tags", lit, gen)


# ====================================================================== 4
def mqtt():
    lit = [
        "home/+/temperature",
        "$SYS/broker/load/messages/received/1min",
        "plant1/line3/#",
        "tele/kitchen_plug/STATE",
        '{"temp":21.4,"hum":48,"bat":"97%"}',
        "spBv1.0/Plant1/DDATA/edge-07/PLC2",
        "$aws/things/pump-3/shadow/update/delta",
        "Power1 ON; Delay 20; Power1 OFF",
        "mosquitto_sub -h broker.local -t 'home/#' -v | grep -i temp",
        "mosquitto_pub -h 10.0.20.5 -t 'cmnd/tasmota_5F1A2B/Backlog' -m 'Power1 ON; Delay 20; Power1 OFF'",
        '{"state":"offline","reason":"LWT"}',
        '{"from":"0x00158d0001a2b3c4","to":"bedroom/window_contact"}',
        "pattern readwrite devices/%u/#",
        "topic read $SYS/#",
        "user sensor-gw\ntopic write plant1/+/telemetry\ntopic read plant1/+/cmd",
        '{"ts":1718103300123,"values":{"Temp_C":71.6,"Pressure_bar":4.02,"Run":true},"q":"GOOD"}',
        '{"name":"Garage temperature","state_topic":"home/garage/temperature","unit_of_measurement":"°C","device_class":"temperature","value_template":"{{ value_json.temp }}","unique_id":"garage_temp_01"}',
        'home/livingroom/light/set → {"state":"ON","brightness":128,"color":{"r":255,"g":180,"b":90},"transition":2}',
        "Why does `home/#` not match `home` on my broker? I thought # also matches the parent level.",
        "Subscribed to '+/+/status' but I don't see the $SYS messages – is that expected?",
        '{"id":"esp32-aa12f0","rssi":-67,"uptime_s":86412,"heap":143872,"fw":"2.4.1","ip":"192.168.1.57"}',
        "v1/devices/me/telemetry",
        "building/B2/floor/3/room/301/co2 = 1240 ppm (retain)",
        "QoS 1, retain=false, topic alias 7, message expiry 300 s, content-type application/json",
        "devices/gw-07/messages/events/$.ct=application%2Fjson&$.ce=utf-8",
        "spBv1.0/Plant1/NBIRTH/edge-07 (bdSeq=3, 42 metrics)",
        "home/garden/soil/moisture  43.5",
        '[MQTT] publish home/attic/temperature "27.3" qos=0 retain=1 -> ok',
        "+/+/+/alarm",
        "farm/barn-2/water_trough/temp → -0.4 °C ⚠️",
        '{"event":"button","action":"long_press","battery":87,"linkquality":102}',
        "zigbee2mqtt/Wohnzimmer Stehlampe/set",
        '{"cmd":"reboot","delay_s":10,"reason":"fw 2.4.1 applied"}',
        "$SYS/broker/clients/connected",
        'Client ID: gw-osaka-01_3f9a, clean session=false, keepalive=60, will topic plant/osaka/gw01/status, will payload "offline"',
        "ruuvi/D4:2A:1B:8C:0E:77/temperature",
        'tele/pool_pump/SENSOR = {"Time":"2024-06-11T14:02:11","ENERGY":{"Power":1084,"Today":4.312,"Voltage":231}}',
        "mosquitto_sub -t '$SYS/#' -C 20 -W 5 -u monitor -P '<password>'",
        "topic: factory/line3/plc2/temp_c | payload: 71.6 | qos: 1 | retain: true",
        "家/リビング/温度 → 24.8",
        "A wildcard inside a level like home/temp+ is invalid – use home/+/temp instead",
        '{"alarms":[{"tag":"TT-101","sev":"HIHI","val":98.6,"lim":95.0,"msg":"Reactor temp > HIHI"}]}',
        "sensors/<site>/<device>/<metric> — naming convention for the new gateways (lower-case, no spaces)",
        '{"seq":1042,"data":"AQIDBAUGBwg=","port":2,"fcnt":57,"rssi":-112,"snr":-7.5}',
        "application/12/device/70b3d57ed0051a2f/event/up",
        'connection cloud\naddress mqtt.example.net:8883\ntopic plant1/# out 1 "" site/lyon/\nbridge_cafile /etc/mosquitto/certs/ca.crt',
        "Messages on plant1/line3/plc2/# arrive out of order after the broker restart – QoS 0 on the bridge?",
        '{"sensor":"DS18B20-28FF641E8316","t":-18.25,"unit":"°C","alarm":false,"note":"t < -15 => ok"}',
    ]
    sites = ["home", "plant1", "farm", "building/B2", "werk/bremen", "usine/lyon"]
    rooms = ["kitchen", "livingroom", "attic", "garage", "line3", "boiler", "barn-2", "cellar"]
    metrics = ["temperature", "humidity", "co2", "power", "state", "battery", "pressure", "level"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "%s/%s/%s" % (pick(sites), pick(rooms + ["+"]), pick(metrics + ["#"]))
        if k == 1:
            return '{"%s":%.1f,"ts":%d}' % (pick(metrics), RNG.uniform(-20, 120), 1718000000 + RNG.randint(0, 999999))
        if k == 2:
            return "%s/%s/%s = %.1f" % (pick(sites), pick(rooms), pick(metrics), RNG.uniform(0, 100))
        return "mosquitto_sub -h %s -t '%s/%s/#' -v" % (pick(["broker.local", "10.0.20.5", "192.168.50.1"]), pick(sites), pick(rooms))
    return fill("mqtt", lit, gen)


# ====================================================================== 5
def alarms_readings():
    lit = [
        "ALM HI-HI 98.6 > 95.0",
        "TT-101 LO 3.2 °C < 4.0 °C (cold room 2)",
        "ACK by op3 @ 14:02 — 'probe iced over, defrost started'",
        "2024-06-11T10:15:00Z;TT-101;21.37;°C;GOOD",
        "P-12 TRIP overload | I = 18.4 A > 16.0 A for 5 s",
        "Door open > 120 s (Freezer 2)",
        "Battery low (< 15 %) – Front door lock",
        "Alarme : température > 8 °C chambre froide 2 depuis 00:25",
        "Störung: Pumpe P3 Trockenlauf – Füllstand < 5 %",
        "警報: 圧力 HI 0.82 MPa > 0.80 MPa (ボイラー1)",
        "Bad quality (Comm failure) since 03:12 — PLC2 unreachable",
        "IF TT101 > 95 FOR 30s THEN HIHI; IF TT101 > 90 FOR 60s THEN HI",
        "Vibration VT-7 12.4 mm/s RMS (ISO 10816 zone D) – shutdown recommended",
        "CO₂ 1480 ppm > 1400 ppm in Meeting room 3 – open a window",
        "Leak detected: kitchen sink 💧 (sensor 0x00158d00045c2e11)",
        "RTN TT-101 72.4 °C <= 90.0 °C",
        'Shelved by shift lead until 18:00 – "known issue, valve V-07 replaced tomorrow"',
        "Alarm flood: 214 alarms in 10 min on Line3 (top: PLC2 comm, V-07 discrepancy, TT-3xx HI)",
        "Авария: давление в котле 1 ниже 0,5 бар",
        "Alarma: temperatura cámara 3 = -12,4 °C (> -18 °C)",
        "timestamp,tag,value,unit,quality\n2024-06-11 14:00:00,PT-201,4.02,bar,Good\n2024-06-11 14:00:05,PT-201,4.05,bar,Good\n2024-06-11 14:00:10,PT-201,,bar,Bad",
        "Setpoint changed: TIC-201.SP 72.0 -> 75.0 °C by j.ortiz (reason: 'new recipe, see MOC-118')",
        "Low-low level LSLL-301 active; feed pump P-301 interlocked (cannot start)",
        "Smoke detected – Attic 🔥 – siren on, 3 people notified",
        "Deviation |PV - SP| > 5 °C for 10 min on Oven zone 2",
        "Power outage at 02:14, UPS on battery (est. 23 min); restored 02:31 ✓",
        "Humidity 92 % in Greenhouse 1 — vents opening (50 % → 100 %)",
        "Average last 24 h: 21.8 °C (min 19.2 / max 24.9), 288 samples, 0 gaps",
        "sensor.freezer_temp: -17.6 → -14.9 → -12.1 (rising, door?)",
        "Alarm priority 1 (critical): ESD-01 pushed at Line 3 – restart only after walk-down",
        "Allarme: filtro F2 intasato (ΔP 2,3 bar > 2,0 bar)",
        "Alarm: Pompa P3 – przeciążenie silnika (I > In)",
        "Motion in garage while armed_away 🚨 (camera snapshot attached)",
        "Watchdog: no data from gw-osaka-01 for 15 min (last seen 09:41 JST)",
        "Temperature sensor out of range: -327.68 °C (raw 0x8000 = open circuit)",
        "Meter M-04: 12 345.6 kWh import, 3 210.4 kWh export; today +18.2 kWh",
        "ALM_ID=4711 TAG=LT-101 TYPE=HI VAL=87.3 LIM=85.0 STATE=UNACK PRIO=2",
        "Freezer 2 door left open >= 5 min; temperature now -14 °C (was -19 °C)",
        "Tank TK-101 will reach HI (85 %) in ~40 min at current fill rate 2.1 %/min",
        "Suppressed: 'PLC2 comm' alarms during maintenance window 22:00–02:00",
        "HVAC fault E4 (high discharge temp) – unit will retry in 3 min",
        "Air quality: PM2.5 = 38 µg/m³ (moderate), VOC index 212",
        "Water meter: 0.4 l/min continuous flow for 3 h → possible leak (toilet?)",
        "温度异常：冷库2 当前 -10.5 °C，高于设定值 -18 °C",
        "Rain sensor wet → irrigation zones 1-6 skipped today",
        '{"alarm":"HIHI","tag":"TT-101","value":98.6,"limit":95.0,"ts":"2024-06-11T14:03:22Z","ack":false}',
        "Condition monitoring: bearing temp 81 °C (Δ +12 °C vs. 7-day avg) – plan inspection",
        "UV index 7 → blinds on the south side down to 60 %",
        "Alarm summary Line3 (shift B): 12 HI, 3 HI-HI, 1 trip; MTTA 2 min 40 s; oldest unacked: V-07 discrepancy (47 min)",
    ]
    sev = ["HI", "HI-HI", "LO", "LO-LO", "DEV", "ROC"]
    units = ["°C", "bar", "m³/h", "%", "A", "mm/s", "ppm", "kPa"]

    def gen():
        k = RNG.randint(0, 3)
        v = RNG.uniform(0, 120)
        lim = RNG.uniform(0, 120)
        if k == 0:
            return "ALM %s %s %.1f %s %.1f %s" % (pick(sev), pick(TAGS), v, ">" if v > lim else "<", lim, pick(units))
        if k == 1:
            return "%sT%s:%02dZ;%s;%.2f;%s;%s" % (day(), hhmm(), RNG.randint(0, 59), pick(TAGS), v, pick(units), pick(["GOOD", "GOOD", "UNCERTAIN", "BAD"]))
        if k == 2:
            return "%s %s acknowledged by %s at %s – %s" % (pick(TAGS), pick(sev), pick(TECHS), hhmm(),
                                                        pick(["sensor cleaned", "valve reset", "known issue", "false alarm (door open)", "maintenance"]))
        return "%s %s: %.1f %s (limit %.1f %s)" % (pick(["RTN", "ALARM", "WARN", "INFO"]), pick(TAGS), v, pick(units), lim, pick(units))
    return fill("alarms-readings", lit, gen)


# ====================================================================== 6
def firmware_ota():
    lit = [
        "v2.4.1 – Fixed a crash when the Wi-Fi SSID contains ', \" or ;",
        "Removed the `exec` debug console command from release builds.",
        "Added deep sleep mode (`sleep 300` in the CLI) – wakes on RTC or GPIO 33.",
        "The `passwd` command on the gateway shell now requires at least 10 characters.",
        '{"version":"2.4.1","url":"https://fw.example.com/esp32/2.4.1/app.bin","sha256":"4f1c9a0d2b7e8c3f5a6d1e0b9c8a7f6e5d4c3b2a1908f7e6d5c4b3a291807f6e","size":1384512,"min_version":"2.0.0","rollback":true}',
        "Do NOT downgrade below 1.8 – the new bootloader rejects older images (secure boot v2).",
        "Verify before flashing: sha256sum -c gw-fw-3.2.0.sha256 && tar -tzf gw-fw-3.2.0.tar.gz | head",
        "## 3.2.0 (2024-06-10)\n### Added\n- Modbus TCP gateway mode (up to 8 RTU slaves on RS-485)\n- MQTT over WebSockets (`wss://`)\n### Fixed\n- Watchdog reset after 49.7 days uptime (millis() overflow)\n- Web UI: device names with `<` or `&` were shown escaped twice\n### Changed\n- Default NTP server is now pool.ntp.org",
        "esptool.py --chip esp32 --port /dev/ttyUSB0 --baud 921600 write_flash 0x10000 app-2.4.1.bin",
        "OTA failed: image header magic 0xE9 expected, got 0x3C ('<') – the server returned an HTML error page instead of the binary",
        "Known issue: devices on 1.9.x must update to 2.0.3 first (delta patch), then to 2.4.1.",
        "swupdate -i /tmp/update-3.2.0.swu -k /etc/swupdate/public.pem -e stable,main",
        "After a manual recovery run `fw_setenv upgrade_available 1; fw_setenv bootcount 0` from the U-Boot shell.",
        "Release 5.0.0 drops support for hardware rev A. Rev B and later: update via /update or OTA.",
        "release: 3.2.0\nchannel: stable\nartifacts:\n  - board: rpi-cm4\n    file: gw-3.2.0-cm4.swu\n    sha256: 7d0e4a1b9c2f3e8d6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f\n  - board: imx8mm\n    file: gw-3.2.0-imx8.swu\n    sha256: 0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\nrollout:\n  percent: 10\n  hold_if: \"crash_rate > 0.5%\"",
        "Changelog 2.4.1: the drop of RS-485 frames with CRC errors is now counted (stat `rs485_crc_drop`).",
        "Security: the default password 'admin' is no longer accepted; a unique password is printed on the device label.",
        "Security fix: SSIDs in the Wi-Fi scan list of the web UI were not escaped. Please update.",
        "Firmware 1.12.7 (build 20240602-1432, git 3fa9c21) – signed with key #2",
        "Versionshinweise 4.1: Neue Option „Sommerzeit automatisch“; Fehler behoben, bei dem die Uhrzeit nach Stromausfall auf 01.01.2000 stand.",
        "Version 2.3 : correction du redémarrage en boucle si le serveur MQTT est injoignable ; la LED clignote désormais en orange pendant la mise à jour.",
        "ファームウェア v3.0.2: Wi-Fi 再接続の不具合を修正しました。アップデート中は電源を切らないでください。",
        "curl -fSL -o gw.bin https://fw.example.com/gw/3.2.0/gw.bin && openssl dgst -sha256 -verify release.pub -signature gw.bin.sig gw.bin",
        "Rollout paused at 25 %: 3 devices stuck in a bootloop (all rev C with 4 MB flash).",
        "Partition table: nvs 0x9000 (24K), otadata 0xf000 (8K), app0 0x10000 (1.9M), app1 0x1F0000 (1.9M), spiffs 0x3D0000 (192K)",
        "OTA URL: https://ota.example.com/v1/firmware?model=TH-20&hw=rev_c&current=2.3.9&channel=beta",
        "Fixed: the scheduler skipped jobs whose cron expression used `*/15` in the hour field.",
        "mender install /tmp/gw-3.2.0.mender && reboot",
        "Note for integrators: POST /api/v1/system/update now expects multipart/form-data with the field `file` (max 16 MB).",
        "Upgrading from <2.0: settings are migrated from /config/settings.ini to /data/settings.json; the old file is kept as settings.ini.bak",
        "release notes 2.5.0-beta.2:\n* UI: new dark theme\n* API: GET /devices?select=name,fw_version&order=name.asc\n* Fix: JSON with unicode escapes (\\u00b0C) was parsed wrong",
        "Bootloader log: Booting app1 (2.4.1) – image valid, marking OTA as successful ✓",
        "Rollback: device rebooted 3× within 60 s after the update → reverted to app0 (2.3.9)",
        "Minimum: hw >= rev_b && bootloader >= 1.4; recommended: stable channel",
        "OTA-Update über das Webinterface: System → Firmware → Datei wählen (*.bin) → Hochladen. Nicht unterbrechen!",
        "Update-Kanal auf 'beta' gestellt; das Gerät holt sich 3.3.0-beta.1 heute Nacht um 03:00",
        "Notas de versión 1.6: se corrige el consumo en reposo (ahora 12 µA) y se añade soporte para varios sensores DS18B20 en paralelo.",
        "Image: gw-3.2.0-cm4.swu (148.2 MB), SHA-256 b3a1…e09f, signed 2024-06-10 by release-bot",
        "Delta update 2.4.0 → 2.4.1 is 212 KB (full image 1.3 MB)",
        "Changed the default log level from DEBUG to INFO; set `log_level = debug` in /etc/gw/gw.toml to get the old behaviour",
        "Flash with: dfu-util -a 0 -s 0x08000000:leave -D firmware-1.4.2.bin",
        "Fixed: the SD card browser could not open folders whose name starts with a dot (e.g. `.logs`).",
        "v3.1.4 hotfix – the Modbus float byte order option (ABCD / CDAB / BADC / DCBA) was ignored after reboot",
        "⚠️ Do not power off during the update (LED blinks blue). Takes ~3 min; the device reboots twice.",
        "opkg update && opkg install gw-agent_3.2.0-1_aarch64.ipk",
        '{"type":"ota","model":"plug-mini","from":"1.0.9","to":"1.1.0","notes":"Energy monitoring accuracy ±1 % (was ±3 %)","force":false}',
        "Release 7.2 fixes the `select()` busy loop that caused 100 % CPU on the gateway when the MQTT socket closed.",
        "Wersja 2.2: poprawiono odczyt licznika impulsów po zaniku zasilania; nowe pole „opis” w konfiguracji urządzenia.",
    ]
    models = ["TH-20", "plug-mini", "gw-cm4", "relay-4ch", "meter-3p", "valve-ctrl", "lora-node"]
    fixes = ["Wi-Fi reconnect after router reboot", "RS-485 timeout handling", "wrong DST switch", "memory leak in the MQTT client",
             "LED stays red after OTA", "Modbus CRC on long frames", "time drift on battery", "BLE pairing with iOS 17"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "%s %s: fixed %s" % (pick(models), pick(FW), pick(fixes))
        if k == 1:
            return '{"model":"%s","version":"%s","url":"https://fw.example.com/%s/%s/fw.bin","size":%d,"channel":"%s"}' % (
                pick(models), pick(FW), pick(models), pick(FW), RNG.randint(400000, 4000000), pick(["stable", "beta"]))
        return "Rollout %s → %d %% of %s fleet (%d devices), %d failed" % (pick(FW), pick([1, 5, 10, 25, 50, 100]), pick(models),
                                                                       RNG.randint(20, 9000), RNG.randint(0, 9))
    return fill("firmware-ota", lit, gen)


# ====================================================================== 7
def fieldbus_maps():
    lit = [
        "40001 | Holding | UINT16 | Setpoint temp ×10 | R/W",
        "HR 40101-40102 FLOAT32 (CDAB) = Flow m³/h",
        "Coil 00017 = Pump P3 run command (1 = run)",
        "CAN ID 0x18FEF100 (PGN 65265) bytes 2-3: wheel speed, 1/256 km/h per bit",
        "BACnet AI:3 'Zone Temp' – COV increment 0.5, units degrees-Celsius",
        "KNX 1/2/14 – DPT 9.001 Temperatur Wohnzimmer",
        "unit_id=17; fc=3; addr=0x0064; count=2; type=float32_be",
        "can0  18FEF100   [8]  FF FF 00 4B 12 FF FF FF",
        "mbpoll -a 17 -r 100 -c 2 -t 4:float -b 9600 -P none /dev/ttyUSB0",
        "address;name;type;scale;unit;access\n30001;Voltage L1;UINT16;0.1;V;R\n30002;Voltage L2;UINT16;0.1;V;R\n30013;Active power total;INT32;1;W;R\n40001;Modbus address;UINT16;1;-;RW",
        "DNP3: outstation 10, master 1, AI 0..15 class 2, BI 0..31 class 1, unsolicited on",
        "Modbus exception 02 (Illegal Data Address) when reading 40001 – the device is 0-based, use 0 instead",
        "RS-485: 9600 8N1, A/B swapped on old panels (!), 120 Ω termination at both ends",
        "BACnet/IP device 260001 @ 192.168.50.21:47808, object list: AI:1-12, AV:1-4, BO:1-6, MSV:1",
        "cansend can0 123#DEADBEEF",
        "ip link set can0 type can bitrate 250000 && ip link set can0 up",
        "J1939 SPN 110 (Engine Coolant Temp) = byte 1, offset -40 °C",
        "Register 0x0010..0x0013 = serial number (ASCII, 8 chars, big-endian words)",
        "Modbus TCP 10.10.3.21:502 unit 1 → gateway → RTU slave 17 @ 19200 8E1",
        "Status word 40050: bit0 = run, bit1 = fault, bit2 = remote, bit3..7 reserved, bit8 = alarm HI",
        "Write single register (fc=6) 40010 := 250 → setpoint 25.0 °C",
        "KNX group 3/1/0 (Rollladen auf/ab, DPT 1.008) & 3/1/1 (Stop, DPT 1.007)",
        "M-Bus primary address 5, secondary 12345678; VIF 0x13 = volume in l",
        "Profinet device name: pn-io-line3-plc2 (no dots, lowercase); IP 192.168.0.12/24",
        "EtherNet/IP: assembly 100 (input, 32 bytes), 150 (output, 16 bytes), RPI 20 ms",
        "CANopen node 0x05: SDO 0x6040:00 = 0x000F (enable operation), TPDO1 on 0x185",
        "Modbus map v3 (fw >= 2.0):\n| Reg | Name | Type | Unit |\n|-----|------|------|------|\n| 0 | Temp | INT16 | 0.1 °C |\n| 1 | RH | UINT16 | 0.1 % |\n| 2 | CO2 | UINT16 | ppm |",
        "OPC UA → Modbus mapping: ns=2;s=Boiler.Pressure → HR 40201 (float, ABCD)",
        "Reading 0xFFFF from 30005 means 'sensor not connected', not 65535",
        "candump -tz can0,18FF0000:1FFF0000 | tee can-$(date +%H%M).log",
        "Zigbee cluster 0x0402 attr 0x0000 MeasuredValue = 2150 → 21.50 °C",
        "Z-Wave node 14: CC 0x62 (Door Lock), 0x80 (Battery), 0x71 (Notification)",
        "Modbus-Register 40001–40010: Sollwerte (×10), 40011: Betriebsart (0=Aus, 1=Hand, 2=Auto)",
        "Carte des registres : 30001 = tension (V ×10), 30003 = courant (A ×100), 30005 = puissance (W)",
        "Broadcast address 0 – devices don't answer, so never use fc=3 with unit 0",
        "CRC-16/MODBUS of 01 03 00 00 00 02 = C4 0B → frame: 01 03 00 00 00 02 C4 0B",
        "Response: 11 03 04 41 A4 00 00 → float 20.5 (ABCD)",
        "BACnet priority array: 8 = manual operator, 16 = default; relinquish with NULL at 8",
        "S7: DB10.DBX0.0 (Start), DB10.DBW2 (Speed INT), DB10.DBD4 (Temp REAL)",
        "modbus_read.py --host 10.10.3.21 --unit 17 --start 0 --count 10 --type holding > regs_$(date +%s).csv",
        "LIN frame 0x21 (8 bytes) – wiper speed; enhanced checksum",
        "SunSpec model 103 at offset 40070: A, AphA, AphB, AphC, A_SF …",
        "bus load 38 % @ 500 kbit/s, error frames 0/s, TEC 0 REC 0 – looks healthy",
        "IO-Link port 3: process data 2 bytes, 0x1F4 = 500 → 50.0 °C",
        "Slave 3 timeout (no response in 1000 ms) – check termination and baud rate",
        "KNX-Adresse 1/1/5 schaltet Licht Küche; Rückmeldung auf 1/4/5",
        "BACnet write: AV:4 present-value := 21.5 @ priority 8 (occupied heating setpoint)",
        "Mapa de registros: 40001 = consigna (×10), 40002 = modo (0 = paro, 1 = marcha), 30001 = caudal (l/min)",
    ]
    types = ["UINT16", "INT16", "UINT32", "INT32", "FLOAT32", "BOOL"]
    names = ["Setpoint", "Actual temp", "Pressure", "Flow", "Run cmd", "Fault code", "Energy import", "Mode", "Speed ref"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "%d | %s | %s | %s | %s" % (RNG.choice([30001, 40001]) + RNG.randint(0, 400), pick(["Holding", "Input"]),
                                              pick(types), pick(names), pick(["R", "R/W"]))
        if k == 1:
            return "can0  %03X   [%d]  %s" % (RNG.randint(0x100, 0x7FF), 8, " ".join("%02X" % RNG.randint(0, 255) for _ in range(8)))
        if k == 2:
            return "BACnet %s:%d '%s' units %s" % (pick(["AI", "AV", "BI", "BO", "MSV"]), RNG.randint(1, 40), pick(names),
                                                  pick(["degrees-Celsius", "percent", "kilowatts", "no-units"]))
        return "unit_id=%d; fc=%d; addr=0x%04X; count=%d" % (RNG.randint(1, 247), pick([1, 2, 3, 4, 6, 16]), RNG.randint(0, 2000), RNG.randint(1, 20))
    return fill("fieldbus-maps", lit, gen)


# ====================================================================== 8
def serial_console():
    lit = [
        'AT+CGDCONT=1,"IP","internet.example"',
        "AT+CSQ\r\n+CSQ: 18,99\r\n\r\nOK",
        'AT+QIOPEN=1,0,"TCP","10.1.2.3",1883,0,1',
        'AT+CMGS="+491701234567"\r\n> Pump P3 tripped, check site <Ctrl+Z>\r\n+CMGS: 42\r\n\r\nOK',
        "=> setenv bootargs console=ttyS0,115200 root=/dev/mmcblk0p2 rootwait\n=> saveenv\nSaving Environment to MMC... Writing to MMC(0)... OK",
        "I (325) wifi:mode : sta (24:6f:28:aa:bb:cc)",
        "E (12034) MQTT_CLIENT: Error transport connect\nI (12040) MQTT_CLIENT: Reconnect after 10000 ms",
        "Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.\nCore 1 register dump:\nPC      : 0x400d1f2a  PS      : 0x00060830  A0      : 0x800d2b14  A1      : 0x3ffb1f40\n\nBacktrace: 0x400d1f2a:0x3ffb1f40 0x400d2b11:0x3ffb1f60 0x4008a2e5:0x3ffb1f80\n\nRebooting...",
        "root@gw-07:~# cat /proc/cpuinfo | grep -E 'Hardware|Revision'",
        "# fw_printenv | grep -i boot\nbootcmd=run mmcboot\nbootcount=1\nbootdelay=2",
        "AT+CPIN?\r\n+CME ERROR: SIM PIN required",
        'AT+COPS=?\n+COPS: (2,"Telekom.de","TDG","26201",7),(1,"Vodafone.de","Vodafone","26202",7),,(0,1,2,3,4),(0,1,2)\nOK',
        "minicom -D /dev/ttyUSB0 -b 115200 -C capture-$(date +%F).log",
        "screen /dev/ttyACM0 115200",
        "[    2.184312] usb 1-1.3: cp210x converter now attached to ttyUSB0",
        "[   14.902771] EXT4-fs (mmcblk0p2): re-mounted. Opts: (null)",
        "U-Boot 2023.04 (Jun 02 2024 - 14:32:10 +0000)\n\nDRAM:  1 GiB\nMMC:   mmc@ff160000: 0\nHit any key to stop autoboot:  0",
        "Starting kernel ...\n\n[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x410fd034]",
        "ets Jun  8 2016 00:22:57\n\nrst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\nconfigsip: 0, SPIWP:0xee\nmode:DIO, clock div:2\nload:0x3fff0030,len:1344",
        'AT+HTTPPARA="URL","http://api.example.net/v1/telemetry"\r\nOK\r\nAT+HTTPACTION=1\r\nOK\r\n+HTTPACTION: 1,200,17',
        "AT+CREG?\n+CREG: 0,5   <- registered, roaming",
        "login: root\nPassword:\nLast login: Tue Jun 11 09:02:13 UTC 2024 on ttyS0\nroot@gw-07:~#",
        "gw-07 login: [   61.332000] watchdog: watchdog0: watchdog did not stop!",
        "BusyBox v1.36.1 built-in shell (ash)\n\nroot@OpenWrt:/# uci show network.wan",
        "root@OpenWrt:/# logread | grep -i dnsmasq | tail -n 20",
        "Serial: 115200 8N1, no flow control; TX=GPIO1 RX=GPIO3; 3.3 V levels only!!",
        "AT+CFUN=1,1\r\nOK\r\n\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY",
        'AT+QMTCONN=0,"gw-osaka-01","sensor","<password>"\r\n+QMTCONN: 0,0,0',
        "E (5021) esp-tls: Failed to verify peer certificate! (0x2700)",
        "W (812) boot_comm: chip revision: 1, min. application chip revision: 0",
        "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 17 [running]:\nmain.parseFrame(...)\n\t/src/gw/modbus.go:142\nmain.(*poller).run(0xc0000a6000)\n\t/src/gw/poller.go:88 +0x2c5",
        "ATI\r\nEG25\r\nRevision: EG25GGBR07A08M2G\r\n\r\nOK",
        "> help\nCommands: status, reboot, wifi <ssid> <pass>, mqtt <host> [port], log [level], sleep <sec>, factory_reset",
        "> wifi \"Oma's WLAN\" <password>\nOK, reconnecting...",
        "stty -F /dev/ttyS1 9600 cs8 -cstopb -parenb raw && cat /dev/ttyS1 | hexdump -C",
        "dmesg | grep -i 'tty\\|usb' | tail",
        "Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(179,2)",
        "[  123.456789] Out of memory: Killed process 812 (node-red) total-vm:512340kB, anon-rss:301228kB",
        "Nach dem Flashen kommt nur noch `rst:0x10 (RTCWDT_RTC_RESET)` in einer Schleife – was tun?",
        "シリアルログ: E (3021) wifi: STA auth failed (reason 15) ← パスワード違いかも",
        'AT+CIPSTART="TCP","192.168.1.10",502\r\nCONNECT\r\n\r\nOK',
        "> mqtt broker.local 1883\nMQTT: connected as hub-living (session present: 0)",
        "sh: can't access tty; job control turned off\n/ # mount -o remount,rw /",
        "[    4.812000] rtc-ds1307 1-0068: hctosys: unable to read the hardware clock",
        'AT+CGACT=1,1\r\nOK\r\nAT+CGPADDR=1\r\n+CGPADDR: 1,"10.64.12.201"\r\n\r\nOK',
        'AT+QFTPGET="fw.bin","UFS:fw.bin"\r\nOK\r\n\r\n+QFTPGET: 0,1384512',
        "systemd[1]: Started Serial Getty on ttyS0.",
        "Консоль: после AT+CFUN=0 модем не отвечает, помогает только перезагрузка по питанию.",
    ]
    tags = ["wifi", "MQTT_CLIENT", "modbus", "ota", "esp_netif", "app_main", "sensor", "nvs"]
    msgs = ["connected to AP, rssi -61", "publish ok, msg_id=%d", "timeout on slave %d", "free heap %d bytes",
            "read 2 regs from unit %d", "retrying in %d ms", "got ip:192.168.1.%d"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            m = pick(msgs)
            return "%s (%d) %s: %s" % (pick("IWE"), RNG.randint(100, 999999), pick(tags), m % RNG.randint(1, 250) if "%d" in m else m)
        if k == 1:
            return "AT+CSQ\r\n+CSQ: %d,99\r\n\r\nOK" % RNG.randint(2, 31) if RNG.random() < 0.5 else 'AT+CGDCONT=%d,"IP","%s"' % (
                RNG.randint(1, 3), pick(["internet.example", "iot.apn.example", "m2m.example.net", "plant.m2m"]))
        return "[%5d.%06d] %s" % (RNG.randint(0, 99999), RNG.randint(0, 999999),
                                   pick(["usb 1-1: new full-speed USB device number 3", "ttyUSB0: cp210x converter detected",
                                         "can0: bitrate error 0.0%", "eth0: link up, 100Mbps, full-duplex", "mmc0: new high speed SDHC card"]))
    return fill("serial-console", lit, gen)


# ====================================================================== 9
def gateway_config():
    lit = [
        "listener 8883\ncafile /etc/mosquitto/certs/ca.crt\ncertfile /etc/mosquitto/certs/server.crt\nkeyfile /etc/mosquitto/certs/server.key\nallow_anonymous false\npassword_file /etc/mosquitto/passwd\nacl_file /etc/mosquitto/acl",
        '[[inputs.modbus]]\n  name = "line3_plc2"\n  controller = "tcp://10.10.3.21:502"\n  slave_id = 1\n  holding_registers = [\n    { name = "temp_c", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [0] },\n    { name = "flow", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [10, 11] },\n  ]',
        "auto eth0\niface eth0 inet static\n    address 192.168.10.2/24\n    gateway 192.168.10.1\n    dns-nameservers 192.168.10.1 1.1.1.1\n\nallow-hotplug wwan0\niface wwan0 inet manual\n    pre-up qmicli -d /dev/cdc-wdm0 --dms-set-operating-mode='online'",
        'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n    ssid="Werkstatt-IoT"\n    psk="<wifi-password>"\n    key_mgmt=WPA-PSK\n    priority=10\n}',
        'SUBSYSTEM=="tty", ATTRS{idVendor}=="10c4", ATTRS{idProduct}=="ea60", ATTRS{serial}=="0001", SYMLINK+="modbus0", MODE="0660", GROUP="dialout"',
        "[Unit]\nDescription=Modbus to MQTT bridge\nAfter=network-online.target mosquitto.service\nWants=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/mb2mqtt --config /etc/mb2mqtt/config.toml\nRestart=on-failure\nRestartSec=5\nUser=gw\nSupplementaryGroups=dialout\n\n[Install]\nWantedBy=multi-user.target",
        '#!/bin/sh\n# derive the device id from the MAC address\nMAC=$(cat /sys/class/net/eth0/address | tr -d \':\')\nexport DEVICE_ID="gw-${MAC}"\nexec /opt/gw/bin/agent --id "$DEVICE_ID" --broker "${BROKER:-mqtts://broker.example.net:8883}"',
        '[modem]\ndevice = "/dev/ttyUSB2"\napn = "internet.example"\npin = ""  # no PIN on the data SIMs\n\n[mqtt]\nurl = "mqtts://broker.example.net:8883"\nclient_id = "{hostname}-{serial}"\nusername = "gw"\npassword = "${MQTT_PASSWORD}"',
        "*/5 * * * * /opt/gw/bin/healthcheck.sh >/dev/null 2>&1 || /usr/bin/systemctl restart gw-agent",
        "iptables -A INPUT -i wwan0 -p tcp --dport 22 -j DROP\niptables -A INPUT -i eth0 -s 192.168.10.0/24 -p tcp --dport 1880 -j ACCEPT",
        "server 192.168.10.1 iburst prefer\npool pool.ntp.org iburst maxsources 2\nmakestep 1.0 3\nrtcsync",
        "TZ=Europe/Berlin\nMQTT_HOST=broker.local\nMQTT_USER=nodered\nMQTT_PASS=CHANGEME\nINFLUX_TOKEN=FAKE-TOKEN-0000\nNODE_RED_CREDENTIAL_SECRET=<set-me>",
        "; gateway.ini – Usine Lyon, ligne 2\n[general]\nsite = Usine_Lyon\nlog_dir = /var/log/gw\ndata_dir = %(here)s/data\n\n[rs485]\nport = /dev/ttyS1\nbaud = 9600\nparity = N ; E on the old drives",
        'services:\n  mosquitto:\n    image: eclipse-mosquitto:2\n    ports: ["1883:1883", "8883:8883"]\n    volumes:\n      - ./mosquitto/config:/mosquitto/config\n      - ./mosquitto/data:/mosquitto/data\n  nodered:\n    image: nodered/node-red:3.1\n    environment:\n      - TZ=Europe/Berlin\n    volumes:\n      - ./nodered:/data\n    depends_on: [mosquitto]\n    restart: unless-stopped',
        "/var/log/gw/*.log {\n    daily\n    rotate 7\n    compress\n    missingok\n    postrotate\n        systemctl kill -s HUP gw-agent.service || true\n    endscript\n}",
        'module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n    adminAuth: {\n        type: "credentials",\n        users: [{ username: "admin", password: "<bcrypt-hash>", permissions: "*" }]\n    },\n    functionGlobalContext: { os: require(\'os\') }\n};',
        "table inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    ct state established,related accept\n    iif lo accept\n    tcp dport { 22, 1883, 8883 } ip saddr 192.168.10.0/24 accept\n  }\n}",
        "connection: &plc2\n    accepter: tcp,4001\n    connector: serialdev,/dev/ttyS1,9600n81,local\n    options:\n      kickolduser: true",
        "sysctl -w net.ipv4.ip_forward=1 && echo 'net.ipv4.ip_forward=1' > /etc/sysctl.d/99-gw.conf",
        "interface=eth1\ndhcp-range=192.168.50.100,192.168.50.199,12h\ndhcp-host=00:1d:9c:aa:bb:01,plc2,192.168.50.12\naddress=/broker.local/192.168.50.1",
        "[Service]\nEnvironment=\"GW_LOG_LEVEL=debug\"\nExecStartPre=/bin/sh -c 'until ping -c1 -W1 10.10.3.21; do sleep 2; done'",
        'for dev in /dev/ttyUSB*; do\n  [ -e "$dev" ] || continue\n  echo "$dev: $(udevadm info -q property -n "$dev" | grep ID_SERIAL_SHORT)"\ndone',
        '[[collectors]]\nname = "boiler"\nendpoint = "opc.tcp://192.168.50.30:4840"\nsecurity_policy = "Basic256Sha256"\nsecurity_mode = "SignAndEncrypt"\nnodes = ["ns=2;s=Boiler.Pressure", "ns=2;s=Boiler.Temperature"]\ninterval = "1s"',
        "homeassistant: true\npermit_join: false\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://localhost:1883\n  user: z2m\n  password: '!secret mqtt_password'\nserial:\n  port: /dev/serial/by-id/usb-Zigbee_Coordinator_Stick_1a2b-if00-port0",
        "mqtt_password: CHANGEME\nwifi_pass: <placeholder>\napi_key_weather: FAKE-0000-KEY",
        "# /boot/config.txt\nenable_uart=1\ndtoverlay=disable-bt\ndtoverlay=mcp2515-can0,oscillator=16000000,interrupt=25\ndtparam=spi=on",
        "client\ndev tun\nproto udp\nremote vpn.example.net 1194\nresolv-retry infinite\nnobind\npersist-key\npersist-tun\nca /etc/openvpn/ca.crt\ncert /etc/openvpn/gw-07.crt\nkey /etc/openvpn/gw-07.key\nverb 3",
        "[Interface]\nPrivateKey = <gw-private-key>\nAddress = 10.99.0.7/32\n\n[Peer]\nPublicKey = <hub-public-key>\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.99.0.0/24, 192.168.50.0/24\nPersistentKeepalive = 25",
        "uci set network.wwan=interface && uci set network.wwan.proto='qmi' && uci set network.wwan.apn='internet.example' && uci commit network && /etc/init.d/network reload",
        '[[outputs.influxdb_v2]]\n  urls = ["http://127.0.0.1:8086"]\n  token = "$INFLUX_TOKEN"\n  organization = "plant1"\n  bucket = "line3"',
        "[rs485]\n; Achtung: Abschlusswiderstand nur am letzten Gerät!\nport=/dev/ttyS1\nbaud=19200\nparity=E\nstopbits=1\ntimeout_ms=500",
        "#!/bin/sh\n# keep the last 3 captures\nls -1t /data/pcap/*.pcap 2>/dev/null | tail -n +4 | xargs -r rm -f\ntcpdump -i eth1 -w /data/pcap/mb-$(date +%H%M).pcap -G 600 -W 1 'tcp port 502' &",
        'inputs:\n  - type: modbus-rtu\n    port: /dev/modbus0\n    slaves: [1, 2, 17]\n    poll: 2s\noutputs:\n  - type: mqtt\n    topic: "plant1/line3/{slave}/{register}"\n    qos: 1',
        "export LD_LIBRARY_PATH=/opt/gw/lib:$LD_LIBRARY_PATH; /opt/gw/bin/opcua-client --endpoint opc.tcp://192.168.50.30:4840 --browse 'ns=2;s=Boiler'",
        "gw ALL=(root) NOPASSWD: /usr/bin/systemctl restart gw-agent, /sbin/reboot",
        "127.0.0.1 localhost\n192.168.50.1 broker.local gw-07\n192.168.50.12 plc2.line3.local\n192.168.50.30 boiler-opcua.local",
        '{"serial":{"port":"/dev/ttyS1","baud":9600,"parity":"N"},"poll_ms":1000,"devices":[{"id":17,"name":"Meter M-04","map":"maps/meter_v3.csv"}],"mqtt":{"url":"mqtt://127.0.0.1:1883","prefix":"site/lyon/"}}',
        '[logging]\nlevel = "info"   # trace | debug | info | warn | error\nfile = "/var/log/gw/agent.log"\nmax_size_mb = 10',
        "ExecStart=/usr/bin/socat -d -d pty,link=/dev/ttyV0,raw,echo=0 tcp:192.168.50.40:4001",
        "0 3 * * 0 /sbin/reboot  # weekly reboot, the modem hangs otherwise\n@reboot sleep 30 && /opt/gw/bin/modem-init.sh >> /var/log/modem.log 2>&1",
        'location /nodered/ {\n    proxy_pass http://127.0.0.1:1880/;\n    proxy_http_version 1.1;\n    proxy_set_header Upgrade $http_upgrade;\n    proxy_set_header Connection "upgrade";\n}',
        "[Service]\nType=oneshot\nExecStart=/bin/sh -c 'for i in $(seq 1 30); do [ -e /dev/cdc-wdm0 ] && exit 0; sleep 1; done; exit 1'",
        "/dev/mmcblk0p3  /data  ext4  defaults,noatime,commit=600  0  2\ntmpfs  /var/log  tmpfs  size=32m,mode=0755  0  0",
        "Konfiguration: MQTT-Broker = 192.168.50.1:1883, Benutzer = gw-halle2, Passwort = (siehe KeePass), Topic-Präfix = werk/bremen/halle2/",
        "Set `trust_all = false` under [opcua] and copy the server cert to /etc/gw/pki/trusted/certs/ – otherwise you get BadSecurityChecksFailed",
        "[agent]\n  interval = \"10s\"\n  flush_interval = \"30s\"\n  hostname = \"${HOSTNAME}\"\n  omit_hostname = false",
        "設定: [mqtt] host = \"192.168.50.1\" / port = 1883 / topic_prefix = \"osaka/line1/\"  ※TLS は未使用",
    ]
    keys = ["poll_interval", "timeout_ms", "retries", "baud", "qos", "keepalive", "buffer_size", "log_level"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "[%s]\n%s = %d\n%s = %d" % (pick(["modbus", "mqtt", "serial", "opcua", "buffer"]), pick(keys), RNG.randint(1, 20000),
                                              pick(keys), RNG.randint(1, 20000))
        if k == 1:
            return "%s=%s" % (pick(["MQTT_HOST", "GW_SITE", "GW_LINE", "POLL_MS", "SERIAL_PORT"]),
                              pick(["broker.local", "Plant1", "Line3", str(RNG.randint(100, 5000)), "/dev/ttyS%d" % RNG.randint(0, 3)]))
        return "*/%d * * * * /opt/gw/bin/%s >> /var/log/gw/%s.log 2>&1" % (pick([1, 2, 5, 10, 15, 30]),
                                                                          pick(["push-buffer.sh", "sync-time.sh", "rotate-pcap.sh", "modem-check.sh"]),
                                                                          pick(["cron", "push", "modem", "sync"]))
    return fill("gateway-config", lit, gen)


# ====================================================================== 10
def field_notes():
    lit = [
        "Replaced the RS-485 terminator on PLC2 — bus errors gone. Note: A/B are swapped on the old drawings!",
        "Vor Ort: Fühler TT-101 war lose, neu befestigt & Wärmeleitpaste aufgetragen. Werte jetzt plausibel (71 °C statt 45 °C).",
        "Intervention du 11/06 : remplacement du capteur de pression P-12 (0–10 bar, 4–20 mA). Étalonnage OK, écart < 0,5 %.",
        "Visita técnica: el gateway no tenía cobertura (CSQ 5). Movimos la antena al exterior del armario → CSQ 21.",
        "Troquei o fusível F3 do painel; a bomba nº 2 voltou a funcionar. Cliente pediu orçamento para inversor novo.",
        "Sonda umidità serra 2 guasta (legge sempre 100 %). Ordinata la sostituzione, arrivo previsto venerdì.",
        "Wymieniono czujnik temperatury w chłodni nr 3; stary pokazywał -5 °C przy rzeczywistych -19 °C.",
        "現地確認: ゲートウェイのSDカードが書き込み不可になっていたため交換。ログは /var/log/gw/ に残っています。",
        "现场检查：PLC2 与网关之间的网线接触不良，已更换。报警已消除。",
        "Заменил блок питания 24 В в шкафу ШУ-3, напряжение теперь 24,1 В. Ошибок связи нет.",
        "Kompresör C-101'in basınç sensörü değiştirildi; 'HI-HI' alarmı tekrar etmedi.",
        "Thermostaat in de woonkamer opnieuw gekoppeld (Zigbee). Batterij was leeg – nieuwe CR2032 geplaatst.",
        'After updating to 3.2.0 the Modbus poller dies after a few minutes:\n\nTraceback (most recent call last):\n  File "/opt/gw/lib/python3.11/site-packages/gw/poller.py", line 88, in run\n    regs = self.client.read_holding_registers(addr, count, slave=unit)\n  File "/opt/gw/lib/python3.11/site-packages/pymodbus/client/base.py", line 167, in execute\n    raise ConnectionException("Failed to connect[%s]" % (self.__str__()))\npymodbus.exceptions.ConnectionException: Modbus Error: [Connection] Failed to connect[ModbusSerialClient /dev/ttyUSB0:0]\n\nThe adapter is there (ls -l /dev/ttyUSB0 shows crw-rw---- root dialout).',
        "Historian connector stopped with:\norg.eclipse.milo.opcua.stack.core.UaException: status=Bad_Timeout, message=request timed out after 10000ms\n\tat org.eclipse.milo.opcua.stack.client.UaStackClient.lambda$deliverRequest$4(UaStackClient.java:412)\n\tat java.base/java.util.concurrent.CompletableFuture.uniApply(CompletableFuture.java:646)\n\tat java.base/java.lang.Thread.run(Thread.java:833)\nEndpoint is opc.tcp://192.168.50.30:4840, ping works.",
        "Node-RED won't start after the npm update:\nError: Cannot find module '/data/node_modules/node-red-contrib-modbus/modbus/maps/modbus-flex-getter.js'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)\n    at Module._load (node:internal/modules/cjs/loader:922:27)\nI already ran `npm rebuild` in /data.",
        "Ticket #4711: hub shows \"Error: EACCES: permission denied, open '/dev/ttyUSB0'\" since the update. Adding the user to dialout didn't help (logged out & in).",
        "Customer says the living room thermostat \"jumps\" between 19 and 23 °C. Log shows setpoint changes from automation 'Eco night' AND the app at the same time – conflicting schedules, not a device fault.",
        "Cabinet ШУ-3: label says 'PLC2 <-> HMI', the cable actually goes to switch port 7. Updated the drawing (rev. D).",
        "Note: don't use `rm -rf /data/*` to reset the gateway – it deletes the TLS keys too. Use `gw-cli factory-reset --keep-certs`.",
        "Rust panic from the edge agent:\nthread 'tokio-runtime-worker' panicked at 'called `Result::unwrap()` on an `Err` value: Io(Os { code: 28, kind: StorageFull, message: \"No space left on device\" })', src/buffer.rs:211:38\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
        "From the SCADA client:\nSystem.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time [10.10.3.21:502]\n   at Modbus.Device.ModbusIpMaster.ReadHoldingRegisters(Byte slaveAddress, UInt16 startAddress, UInt16 numberOfPoints)\n   at Scada.Drivers.ModbusDriver.Poll() in C:\\build\\src\\Drivers\\ModbusDriver.cs:line 214",
        "Site visit 11.06: the freezer alarm was real – door gasket torn. Replaced the gasket, temp back to -19 °C in 40 min. Customer will check seals monthly.",
        "Wiring: sensor brown = +24 V, blue = 0 V, black = signal (4-20 mA) → AI3; shield on PE at the panel side only.",
        "Installed gateway gw-osaka-01 at the Osaka site. SIM ICCID ends …4417, APN internet.example, CSQ 19. Remote access via VPN 10.99.0.7 ✓",
        "Can someone explain why a SELECT on the historian takes 40 s for one tag over a week? Query: SELECT ts, value FROM tag_history WHERE tag_id = 812 AND ts >= '2024-06-01' ORDER BY ts;",
        "Ticket: voice assistant says 'device is unresponsive' for the garage door – but the web UI works. Cloud link token expired? Re-linked, works again.",
        "Bitte beim nächsten Besuch prüfen: Ventil V-07 schließt nicht ganz (Rückmeldung 'offen' bleibt 2–3 s zu lange).",
        "Ne pas oublier : le mot de passe admin du routeur 4G a été changé (voir le coffre-fort, entrée « Lyon GW »).",
        "PHP warning from the old dashboard:\nWarning: Undefined array key \"temp\" in /var/www/dashboard/widgets/sensor.php on line 57\nFatal error: Uncaught TypeError: round(): Argument #1 ($num) must be of type int|float, null given in /var/www/dashboard/widgets/sensor.php:58",
        "Go panic (OTA server):\npanic: assignment to entry in nil map\n\ngoroutine 42 [running]:\ngithub.com/acme/ota/internal/rollout.(*Planner).Add(...)\n\t/build/internal/rollout/planner.go:77",
        "ESP32 keeps rebooting when the relay switches – probably EMI. Added a snubber (100 Ω + 100 nF) across the contactor coil; no more resets in 2 days.",
        "Checkliste Inbetriebnahme:\n1) Firmware ≥ 2.4.1\n2) Zeitzone Europe/Berlin\n3) MQTT-Topic werk/bremen/<raum>/<gerät>\n4) Testalarm auslösen & quittieren",
        "Shift log 22:00–06:00: 2× HI on TT-3xx (oven door open for cleaning), 1× comm loss PLC2 at 03:12 (reset switch SW-3). Nothing else.",
        "Python on the hub:\nTraceback (most recent call last):\n  File \"/usr/src/hub/helpers/template.py\", line 570, in async_render\n    render_result = _render_with_context(self.template, compiled, **kwargs)\njinja2.exceptions.UndefinedError: 'None' has no attribute 'attributes'\nThe template is {{ states.sensor.garage_temp.attributes.battery }} – the sensor was renamed.",
        "Ticket 2290: customer wants the alarm e-mail subject like \"[ALARM] <site> – <tag> <value>\" instead of the default one.",
        "Kunde meldet: Heizung geht nachts nicht in Absenkung. Ursache: Zeitplan stand auf UTC statt Europe/Berlin → 2 h versetzt.",
        "Readings before/after calibration: 4.00 mA → 0.00 bar, 12.00 mA → 5.00 bar, 20.00 mA → 10.01 bar. Within spec (±0.2 %).",
        "Noted a drop in RSSI from -61 to -83 dBm after the new steel shelving went up in hall 2; we need a repeater near column C7.",
        "LoRa sensor #17: last uplink 3 days ago, battery was 3.1 V. Probably dead – replace with a spare from the van (box 'LoRa spares').",
        "Kernel log from the customer's Pi:\n[  812.114000] under-voltage detected! (0x00050005)\n[  815.330000] mmc0: timeout waiting for hardware interrupt.\nTold them to use the 5.1 V / 3 A supply instead of the phone charger.",
        "工事メモ: 分電盤2の端子台 X3 にパルス出力 (S0) を接続。1 パルス = 1 Wh。",
        "Hola, después de la actualización 3.2.0 la pasarela no publica en MQTT. En el log aparece: `Connection refused: not authorised` (rc=5). ¿Cambió algo en la autenticación?",
        "Stack trace from the Android app (when opening the floor plan):\njava.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.acme.home.model.Device.getRoom()' on a null object reference\n\tat com.acme.home.ui.FloorPlanFragment.bind(FloorPlanFragment.kt:143)",
        "Replaced the UPS batteries (2× 12 V 7 Ah) in the router cabinet. Runtime test: 31 min at 42 W load.",
        "Notiz: Modbus-Adresse des Zählers war 1 statt 17 → alle Werte kamen vom falschen Gerät. Adresse am Display umgestellt.",
        "Voorlopige oplossing: een watchdog-script herstart de modem als er 10 min geen data is (zie /opt/gw/bin/modem-watchdog.sh).",
        "Customer question: \"Can I use one Zigbee network for 120 devices across 3 floors?\" – yes, with enough routers (mains-powered plugs) on each floor.",
        ".NET stack (historian importer):\nSystem.Data.SqlClient.SqlException (0x80131904): Timeout expired. The timeout period elapsed prior to completion of the operation or the server is not responding.\n   at System.Data.SqlClient.SqlCommand.ExecuteReader()\n   at Historian.Import.BulkLoader.Flush(DataTable batch) in D:\\src\\Historian\\Import\\BulkLoader.cs:line 96",
        "Pipe union on the discharge side of P-3 was weeping; retightened and wrapped with PTFE tape. Check again at the next visit.",
        "Paths for the support bundle: /var/log/gw/*.log, /etc/gw/gw.toml (remove the password line!), ../data/buffer/*.db if it is under 50 MB.",
    ]
    actions = ["replaced the sensor", "re-terminated the RS-485 bus", "updated the firmware to %s", "swapped the SIM card",
               "recalibrated the transmitter", "tightened terminal X%d", "reset the gateway", "moved the antenna"]
    devices = ["TT-101", "PT-12", "gw-07", "Freezer 2", "Pump P3", "Meter M-04", "Valve V-07", "hub-living", "LoRa node #17"]
    results = ["values plausible again.", "alarm cleared.", "no errors for 2 h.", "customer informed.", "needs follow-up next week.",
               "spare part ordered.", "works, but RSSI still weak (-79 dBm)."]

    def gen():
        a = pick(actions)
        if "%s" in a:
            a = a % pick(FW)
        elif "%d" in a:
            a = a % RNG.randint(1, 12)
        return "%s %s (%s): %s on %s – %s" % (pick(["Site visit", "Visit", "Callout", "Service", "Einsatz", "Intervention"]), day(),
                                              pick(TECHS), a, pick(devices), pick(results))
    return fill("field-notes", lit, gen)


CATEGORIES = [
    ("device-labels", device_labels),
    ("automations", automations),
    ("scada-tags", scada_tags),
    ("mqtt", mqtt),
    ("alarms-readings", alarms_readings),
    ("firmware-ota", firmware_ota),
    ("fieldbus-maps", fieldbus_maps),
    ("serial-console", serial_console),
    ("gateway-config", gateway_config),
    ("field-notes", field_notes),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb28-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-16s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-16s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
