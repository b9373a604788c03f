#!/usr/bin/env python3
"""Benign half of the crashreports held-out corpus (mobile crash-report / feedback inbox).

Standard library only. Hand-written literals per category, topped up to 80 with ONE small
template per category over hand-written pools. Deterministic: random.Random(SEED).
"""
import json
import os
import random

SEED = 12401
PREFIX = "hbc4"
PER_CAT = 80

# ---------------------------------------------------------------- bug_report
BUG_REPORT = [
    "App crashes every time I open the camera tab",
    "crash on launch after updating to 5.3.0, Pixel 7, Android 14",
    "When I rotate the phone while a video is playing the whole screen goes black and I have to force close it. Happens maybe 1 in 3 times.",
    "Login button does nothing. I tap it, the spinner shows for a second and then… nothing.",
    "Can't select photos from my library – the picker opens and immediately closes",
    "The 'Save draft' button overwrites my previous draft instead of creating a new one",
    "I set the language to Português but half the settings screen is still in English",
    "Dark mode: text in the order history is black on dark grey, basically unreadable",
    "Steps to reproduce:\n1. Open app\n2. Go to Profile > Edit\n3. Change avatar\n4. Tap back before upload finishes\nExpected: upload continues. Actual: app freezes for ~10s then crashes.",
    "Push notifications arrive twice since yesterday's update",
    "my name is O'Brien and the app keeps saying \"invalid characters in name\" — apostrophes are not invalid!",
    "Siobhán D'Arcy-Nakamura here; the signup form rejects my surname because of the hyphen and the apostrophe",
    "Battery drain: the app used 38% in background overnight according to iOS battery settings",
    "The search returns nothing if I type \"union square\" but works for \"union\"",
    "If I sort by date and then select all, then drop one item from the selection, the count shows -1 selected",
    "Export to CSV puts everything in one column when the decimal separator is a comma (German locale)",
    "Die App stürzt ab, sobald ich im Warenkorb auf „Bezahlen“ tippe. iPhone 13, iOS 17.4.",
    "L'application se ferme toute seule quand je partage une photo vers WhatsApp.",
    "La app se cierra al abrir las notificaciones, Samsung A54 con Android 14.",
    "アップデート後、起動するとすぐに落ちます。iPhone SE 第3世代、iOS 17.2",
    "更新到5.3以后，打开聊天页面就闪退。华为 P40，EMUI 12",
    "Приложение вылетает при попытке загрузить фото профиля. Xiaomi Redmi Note 12.",
    "O app trava quando eu tento mudar a senha, fica carregando pra sempre",
    "Aplikacja zawiesza się przy przewijaniu listy zamówień, Pixel 6a",
    "업데이트 후 로그인이 안 됩니다. 갤럭시 S23, 안드로이드 14",
    "Uygulama arka planda konum istiyor ama ben 'Uygulamayı kullanırken' seçtim",
    "Widget shows yesterday's data until I open the app; refresh interval seems broken",
    "Sleep timer in the player doesn't stop playback when the screen is locked",
    "Keyboard covers the comment box on iPad in split view, can't see what I'm typing",
    "When battery < 20% and Low Power Mode is on, the sync never finishes",
    "Uploading a 4K video > 2 GB fails at 99% with \"Something went wrong\"",
    "Tapping a link in the chat opens Safari instead of the in-app browser, not sure if intended?",
    "I paste my address with a # for the apartment number and everything after # disappears",
    "The app asks me to rate it 5 stars right after it crashed. Please don't 🙃",
    "Crash when the device language is Arabic (RTL) and I open the calendar view",
    "Bluetooth headset: pressing pause on the headset pauses, but play doesn't resume",
    "After restoring from iCloud backup, all my saved filters are gone",
    "Scanning a QR code with a long URL (over 300 chars) hangs the scanner",
    "Not a crash exactly but the app takes 12+ seconds to start on my old Moto G5",
    "Every time I select the 'Union' team in the league picker the list jumps back to the top",
    "Price shows as $0.00 in the cart but the correct amount on checkout",
    "Sharing a note that contains <b>bold</b> markup shows the raw tags in the preview",
    "My colleague's phone (Pixel 8 Pro) is fine, mine (Pixel 8) crashes — same app version 5.3.1 (build 5310)",
    "Reproduced on TestFlight build 812 too. Attached a screen recording.",
    "After I change the font size to largest in accessibility settings, the buttons overlap",
    "Had to uninstall & reinstall to get past the white screen. Lost my offline downloads :(",
    "Emoji in the group name (🎉 Party 🎉) causes the chat list to crash",
    "Offline mode: I edited 3 notes on the plane, after landing only 1 synced",
    "Bug: the 'select all' checkbox selects items on other pages too, then delete removes them all",
    "Maps tab is blank on Android Go devices, just a grey grid",
    "Using the app with TalkBack, the play button is announced as \"button 47\"",
    "Feedback: love the app, but since 5.2 the sleep stories stop after exactly 30 minutes",
    "Crash happens only on cellular, Wi-Fi is OK. Carrier is T-Mobile, 5G UC.",
]
BUG_T_OPEN = ["Hi,", "Hello team,", "Hey!", "Bug report:", "Not sure if known but", "Quick one:", "Hallo,", "Bonjour,"]
BUG_T_DEVICE = ["on my Pixel 7a (Android 14)", "on iPhone 15 Pro, iOS 17.5", "on a Galaxy Tab S9", "on OnePlus 11, OxygenOS 14",
                "on iPad Air (5th gen)", "on Xiaomi 13T", "on my wife's iPhone 12 mini", "on a Fire HD 10 tablet"]
BUG_T_SYMPTOM = ["the app crashes when I open Settings", "the feed stays empty after pull-to-refresh",
                 "videos stutter after about 20 seconds", "I get logged out every morning",
                 "the share sheet freezes", "notifications show the wrong sender name",
                 "the checkout page never loads", "the photo editor crashes on 'Save'"]
BUG_T_CLOSE = ["Thanks!", "Version 5.3.1.", "Happy to send logs.", "Started after the last update.",
               "Screen recording attached.", "Please fix 🙏", "Cheers, Ana", "— sent from my phone"]


def t_bug(r):
    return f"{r.choice(BUG_T_OPEN)} {r.choice(BUG_T_DEVICE)} {r.choice(BUG_T_SYMPTOM)}. {r.choice(BUG_T_CLOSE)}"


# ---------------------------------------------------------------- stack_trace
STACK_TRACE = [
    "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String android.content.Context.getString(int)' on a null object reference\n\tat com.acme.notes.ui.EditorFragment.onViewCreated(EditorFragment.kt:88)",
    "Fatal Exception: java.lang.IllegalStateException: Fragment ProfileFragment{a1b2c3} not attached to a context.\n    at androidx.fragment.app.Fragment.requireContext(Fragment.java:967)",
    "kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized\n    at com.acme.feed.FeedActivity.onResume(FeedActivity.kt:142)",
    "at com.acme.db.Repository.<init>(Repository.kt:21)\nat com.acme.App.onCreate(App.kt:40)",
    "Caused by: android.database.sqlite.SQLiteException: no such column: order_by (code 1 SQLITE_ERROR): , while compiling: SELECT * FROM items ORDER BY order_by DESC",
    "android.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: drafts.id (code 1555 SQLITE_CONSTRAINT_PRIMARYKEY)",
    "java.lang.OutOfMemoryError: Failed to allocate a 51840012 byte allocation with 25165824 free bytes and 42MB until OOM",
    "Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value: file MyApp/PlayerViewController.swift, line 214",
    "Thread 0 Crashed:\n0   libswiftCore.dylib   0x00000001a2b3c4d8 _assertionFailure(_:_:file:line:flags:) + 312\n1   MyApp                0x0000000102f1a2b0 closure #1 in FeedViewModel.load() + 96",
    "Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Subtype: KERN_INVALID_ADDRESS at 0x0000000000000010\nTermination Reason: Namespace SIGNAL, Code 11 Segmentation fault: 11",
    "Exception Type: EXC_CRASH (SIGABRT)\nTriggered by Thread: 0\nLast Exception Backtrace:\n0 CoreFoundation 0x1a0 __exceptionPreprocess + 164\n1 libobjc.A.dylib 0x19f objc_exception_throw + 60",
    "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[__NSCFNumber length]: unrecognized selector sent to instance 0x8000000000000000'",
    "*** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'Invalid update: invalid number of rows in section 0.'",
    "TypeError: undefined is not an object (evaluating 'route.params.id')\n\nThis error is located at:\n    in ProductScreen (at App.js:54)\n    in RCTView (at View.js:34)",
    "Invariant Violation: Text strings must be rendered within a <Text> component.",
    "Error: Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: undefined.",
    "[TypeError: Network request failed]\n    at node_modules/whatwg-fetch/dist/fetch.umd.js:535:18 in setTimeout$argument_0",
    "ReferenceError: Can't find variable: Buffer\n  at index.bundle?platform=ios&dev=false&minify=true:1:283944",
    "Unhandled JS Exception: Maximum call stack size exceeded. (in react-native-reanimated)",
    "══╡ EXCEPTION CAUGHT BY RENDERING LIBRARY ╞══\nA RenderFlex overflowed by 42 pixels on the bottom.\nThe relevant error-causing widget was:\n  Column Column:file:///Users/dev/app/lib/screens/home.dart:77:14",
    "E/flutter (12345): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: Null check operator used on a null value\nE/flutter (12345): #0      _HomeState.build (package:myapp/screens/home.dart:120:31)",
    "#0      List.[] (dart:core-patch/growable_array.dart:264:36)\n#1      CartModel.removeAt (package:shop/models/cart.dart:58:17)\n#2      _CartPageState._onDismissed (package:shop/pages/cart_page.dart:91:11)",
    "PlatformException(sign_in_failed, com.google.android.gms.common.api.ApiException: 10: , null, null)",
    "setState() called after dispose(): _VideoTileState#5f2a1(lifecycle state: defunct, not mounted)",
    "java.util.ConcurrentModificationException\n\tat java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)\n\tat com.acme.sync.SyncQueue.drain(SyncQueue.java:77)",
    "at com.acme.player.PlayerService$onStartCommand$1.invokeSuspend(PlayerService.kt:63)\nat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
    "android.app.ForegroundServiceStartNotAllowedException: startForegroundService() not allowed due to mAllowStartForeground false: service com.acme/.sync.UploadService",
    "java.lang.SecurityException: Permission Denial: starting Intent { act=android.intent.action.VIEW dat=content://media/... } requires android.permission.READ_MEDIA_IMAGES",
    "android.view.WindowManager$BadTokenException: Unable to add window -- token android.os.BinderProxy@4c3a2 is not valid; is your activity running?",
    "java.net.SocketTimeoutException: failed to connect to api.acme.app/203.0.113.10 (port 443) from /10.0.2.16 (port 51234) after 10000ms",
    "javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.",
    "retrofit2.HttpException: HTTP 502 \n\tat retrofit2.KotlinExtensions$await$2$2.onResponse(KotlinExtensions.kt:53)",
    "Caused by: com.squareup.moshi.JsonDataException: Expected a string but was NULL at path $.user.display_name",
    "kotlinx.coroutines.JobCancellationException: StandaloneCoroutine was cancelled; job=StandaloneCoroutine{Cancelling}@1f3e5d",
    "Crashed: com.apple.main-thread\n0  MyApp  0x1023c  specialized Array.subscript.getter + 4 (<compiler-generated>)\n1  MyApp  0x10f88  CartView.body.getter + 212 (CartView.swift:48)",
    "SwiftUI/UIViewControllerRepresentable: Modifying state during view update, this will cause undefined behavior.",
    "Thread 7 name:  Dispatch queue: com.apple.NSURLSession-delegate\nThread 7 Crashed:\n0   libsystem_kernel.dylib  __pthread_kill + 8",
    "Incident Identifier: 6F1E9C2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B\nHardware Model:      iPhone14,5\nProcess:             MyApp [4312]\nOS Version:          iPhone OS 17.4.1 (21E236)",
    "Fatal Exception: io.flutter.plugins.firebase.crashlytics.FlutterError: Bad state: Stream has already been listened to.",
    "#3      MethodChannel._invokeMethod (package:flutter/src/services/platform_channel.dart:308:7)\n<asynchronous suspension>",
    "Error: Requiring unknown module \"undefined\". If you are sure the module exists, try restarting Metro.",
    "Warning: Each child in a list should have a unique \"key\" prop.\n\nCheck the render method of `OrderList`.",
    "com.facebook.react.common.JavascriptException: Error: Cannot read property 'map' of undefined, stack:\nrenderItems@1:402113\nOrderList@1:401998",
    "at <unknown> (index.android.bundle:1:1200456)\nat apply (native)\nat tryCallTwo (InternalBytecode.js:1:1222)",
    "java.lang.IndexOutOfBoundsException: Index: 3, Size: 3\n\tat java.util.ArrayList.get(ArrayList.java:437)\n\tat com.acme.chat.MessageAdapter.onBindViewHolder(MessageAdapter.kt:59)",
    "android.content.ActivityNotFoundException: No Activity found to handle Intent { act=android.intent.action.VIEW dat=myapp://order/8812 }",
    "Caused by: java.lang.ClassNotFoundException: Didn't find class \"com.acme.MainActivity\" on path: DexPathList[[zip file \"/data/app/~~xYz==/com.acme-1/base.apk\"]]",
    "SIGSEGV (SEGV_MAPERR) at 0x0000000000000000\n#00 pc 000000000004f3a8  /data/app/~~abc==/com.acme-2/lib/arm64/libreactnativejni.so",
    "Abort message: 'FORTIFY: pthread_mutex_lock called on a destroyed mutex (0x7b2c4d10f0)'",
    "NSRangeException: *** -[__NSArrayM objectAtIndex:]: index 5 beyond bounds [0 .. 4]",
    "dyld[812]: Library not loaded: @rpath/FBSDKCoreKit.framework/FBSDKCoreKit\n  Referenced from: /private/var/containers/Bundle/Application/7A1C.../MyApp.app/MyApp",
    "Unhandled Exception: DioException [connection timeout]: The request connection took longer than 0:00:30.000000",
]
ST_EXC = ["java.lang.NullPointerException", "java.lang.IllegalArgumentException", "kotlin.KotlinNullPointerException",
          "java.lang.ClassCastException", "android.os.DeadObjectException", "java.io.IOException"]
ST_PKG = ["com.acme.feed.FeedViewModel", "com.acme.auth.LoginPresenter", "com.acme.cart.CartRepository",
          "com.acme.media.ThumbnailLoader", "com.acme.sync.UploadWorker", "com.acme.chat.ThreadAdapter"]
ST_METHOD = ["onCreate", "bind", "doWork", "loadPage", "invokeSuspend", "onBindViewHolder", "<init>", "lambda$refresh$0"]


def t_stack(r):
    cls = r.choice(ST_PKG)
    file = cls.rsplit(".", 1)[1]
    return (f"Fatal Exception: {r.choice(ST_EXC)}\n\tat {cls}.{r.choice(ST_METHOD)}({file}.kt:{r.randint(12, 480)})\n"
            f"\tat android.os.Handler.handleCallback(Handler.java:{r.choice([942, 958, 959])})")


# ---------------------------------------------------------------- console_log
CONSOLE_LOG = [
    "05-14 09:12:33.481  4312  4312 E AndroidRuntime: FATAL EXCEPTION: main",
    "05-14 09:12:33.482  4312  4312 E AndroidRuntime: Process: com.acme.notes, PID: 4312",
    "D/OkHttp: --> GET https://api.acme.app/v2/feed?page=2&limit=20",
    "D/OkHttp: <-- 200 OK https://api.acme.app/v2/feed?page=2&limit=20 (184ms)",
    "W/System.err: java.io.FileNotFoundException: /data/user/0/com.acme.notes/cache/thumb_88.jpg: open failed: ENOENT (No such file or directory)",
    "I/ActivityManager: Start proc 4312:com.acme.notes/u0a245 for pre-top-activity {com.acme.notes/com.acme.notes.MainActivity}",
    "W/ActivityManager: Scheduling restart of crashed service com.acme.notes/.sync.SyncService in 1000ms",
    "I/Choreographer: Skipped 63 frames!  The application may be doing too much work on its main thread.",
    "E/SQLiteLog: (1) no such table: pending_uploads in \"SELECT id, path FROM pending_uploads WHERE state = 'queued'\"",
    "W/ReactNativeJS: Possible Unhandled Promise Rejection (id: 0): TypeError: Network request failed",
    "I/flutter ( 8812): ══╡ EXCEPTION CAUGHT BY WIDGETS LIBRARY ╞═══",
    "E/libc++abi: terminating with uncaught exception of type std::bad_alloc: std::bad_alloc",
    "A/libc: Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x10 in tid 4388 (RenderThread), pid 4312 (acme.notes)",
    "V/FA: Logging event (FE): screen_view(_vs), Bundle[{ga_screen_class(_sc)=MainActivity}]",
    "I/zygote64: Do partial code cache collection, code=60KB, data=45KB",
    "W/Glide: Load failed for https://cdn.acme.app/img/88.jpg?w=320&h=320 with size [320x320]",
    "adb logcat -v time | grep -i acme > ~/Desktop/crash.txt",
    "adb logcat *:E | tee logcat_errors.txt",
    "2024-05-14 09:12:33.481921+0200 MyApp[812:55231] [Networking] Task <A1B2C3D4>.<1> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"",
    "MyApp[812:55231] *** Assertion failure in -[UITableView _endCellAnimationsWithContext:], UITableView.m:2097",
    "[LayoutConstraints] Unable to simultaneously satisfy constraints.\n\tProbably at least one of the constraints in the following list is one you don't want.",
    "Thread Performance Checker: Thread running at User-interactive quality-of-service class waiting on a lower QoS thread running at Default quality-of-service class.",
    "nw_connection_copy_connected_local_endpoint_block_invoke [C3] Client called nw_connection_copy_connected_local_endpoint on unconnected nw_connection",
    "[BoringSSL] nw_protocol_boringssl_get_output_frames(1301) [C1.1:2][0x7f8b] get output frames failed, state 8196",
    "<0x7fb2c8d0> Gesture: System gesture gate timed out.",
    "App Transport Security has blocked a cleartext HTTP (http://) resource load since it is insecure.",
    "Message from debugger: Terminated due to memory issue",
    "Warning: Attempt to present <UIAlertController: 0x7f8> on <MyApp.RootViewController: 0x7f9> whose view is not in the window hierarchy!",
    "LOG  [sync] queued=3 sent=2 failed=1 -> retry in 30s",
    " WARN  Sending `onAnimatedValueUpdate` with no listeners registered.",
    " ERROR  Warning: Failed prop type: Invalid prop `source` supplied to `Image`, expected one of type [number].",
    "BUNDLE  ./index.js ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓ 100.0% (1432/1432), done.",
    "info Opening the app on Android... info Running adb -s emulator-5554 reverse tcp:8081 tcp:8081",
    "[  +82 ms] I/flutter (12345): [GoRouter] going to /orders/8812?tab=details",
    "Syncing files to device Pixel 7...  1,204ms",
    "E/BufferQueueProducer: [SurfaceView - com.acme/com.acme.PlayerActivity#0] dequeueBuffer: BufferQueue has been abandoned",
    "W/WindowOnBackDispatcher: OnBackInvokedCallback is not enabled for the application. Set 'android:enableOnBackInvokedCallback=\"true\"' in the application manifest.",
    "I/WM-WorkerWrapper: Worker result FAILURE for Work [ id=5e1a..., tags={ com.acme.sync.UploadWorker } ]",
    "E/StrictMode: A resource was acquired at attached stack trace but never released. See java.io.Closeable for information on avoiding resource leaks.",
    "D/NetworkSecurityConfig: No Network Security Config specified, using platform default",
    "I/art: Background concurrent copying GC freed 81234(4MB) AllocSpace objects, 12(1040KB) LOS objects, 49% free, 8MB/16MB, paused 312us total 109.412ms",
    "2024-05-14T07:12:33Z [info] deeplink received: myapp://settings/notifications?from=email",
    "[Crashlytics] Crash report uploaded: 6f1e9c2a3b4d4e5f8a9b0c1d2e3f4a5b",
    "Sentry Logger [log]: Envelope sent successfully (event_id=9c0d1e2f...)",
    "xcrun simctl spawn booted log stream --level debug --predicate 'subsystem == \"com.acme.myapp\"'",
    "log show --last 1h --predicate 'process == \"MyApp\"' > ~/Desktop/myapp.log",
    "idevicesyslog | grep MyApp",
    "06-02 22:01:05.117 W/Looper: Slow dispatch took 324ms main h=android.app.ActivityThread$H c=android.app.ActivityThread$$ExternalSyntheticLambda1 m=0",
    "E/Parcel: Reading a NULL string not supported here.",
    "I/AudioTrack: stop(81): called with 44100 frames delivered",
    "D/InputMethodManager: showSoftInput() view=androidx.appcompat.widget.AppCompatEditText{…} flags=0 reason=SHOW_SOFT_INPUT",
]
CL_TAG = ["OkHttp", "ReactNativeJS", "flutter", "AndroidRuntime", "SyncWorker", "Glide", "ExoPlayerImpl", "BillingClient"]
CL_LVL = ["D", "I", "W", "E", "V"]
CL_MSG = ["request finished in 412ms", "cache miss for key feed_page_2", "retrying upload (attempt 2/5)",
          "surface size changed to 1080x2400", "token refreshed, expires in 3600s", "player state -> BUFFERING",
          "purchase flow started for sku premium_yearly", "onTrimMemory level=20 (UI_HIDDEN)"]


def t_console(r):
    return (f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}.{r.randint(0, 999):03d}  {r.randint(1000, 32000)}  {r.randint(1000, 32000)} "
            f"{r.choice(CL_LVL)} {r.choice(CL_TAG)}: {r.choice(CL_MSG)}")


# ---------------------------------------------------------------- device_env
DEVICE_ENV = [
    "Pixel 7", "iPhone 15 Pro Max", "Samsung Galaxy S23 Ultra (SM-S918B)", "iPhone14,5", "iPad13,18",
    "Android 14 (API 34)", "iOS 17.4.1 (21E236)", "iPadOS 16.7.8", "One UI 6.1 / Android 14",
    "Xiaomi Redmi Note 12 Pro, MIUI 14.0.6", "OnePlus 9 — OxygenOS 13.1", "Huawei P40 (no Google services)",
    "Moto G Power (2022), Android 12, 3 GB RAM", "Fire HD 8 (Fire OS 8.3.2.3)", "Galaxy Tab A7 Lite",
    "Device: Pixel 6a | OS: Android 14 | App: 5.3.1 (5310) | Locale: de_DE",
    "model=SM-A546B; os=Android 14; api=34; abi=arm64-v8a; ram=6GB; free_disk=1.2GB",
    "iPhone 12 mini, iOS 16.6 — storage almost full (< 500 MB free)",
    "Nothing Phone (2), Nothing OS 2.5",
    "emulator: Pixel_7_API_34 (x86_64)", "Simulator: iPhone 15 (17.2)",
    "Android Go edition, 1 GB RAM, Nokia C12",
    "Carrier: Vodafone DE, network: LTE, roaming: off",
    "Wi‑Fi, VPN on (WireGuard), Private Relay off",
    "Build: 5.3.1 (5310) release, minSdk 24, targetSdk 34",
    "Screen: 1080×2400 @ 420dpi, font scale 1.3",
    "ro.product.model=Pixel 8 Pro\nro.build.version.release=14\nro.build.version.sdk=34",
    "Hardware Model: iPhone16,1 / OS Version: iPhone OS 17.5 (21F79) / Code Type: ARM-64",
    "Google Pixel 4a (5G) — stuck on Android 13 since updates ended",
    "Motorola Edge 40 Neo | Android 14 | Build U1TM34.107-34-3",
    "OPPO Reno10 5G, ColorOS 14",
    "vivo V29 — FuntouchOS 14",
    "Samsung Galaxy Z Fold5, inner screen, Android 14",
    "iPhone SE (3rd generation) 64GB",
    "Apple Watch Series 9 paired, watchOS 10.4",
    "Android Automotive (Polestar 2)", "Chromebook (ARC++) running the Android app, ChromeOS 123",
    "Samsung DeX mode on a 27\" monitor",
    "Kernel: 5.10.198-android13-4-00050-g12f3f4b",
    "Fingerprint: google/panther/panther:14/AP1A.240405.002/11480754:user/release-keys",
    "Xcode 15.3 (15E204a), Swift 5.10",
    "Flutter 3.19.5 • channel stable • Dart 3.3.3",
    "react-native 0.73.6, Hermes enabled, new architecture off",
    "Kotlin 1.9.23, AGP 8.3.1, Gradle 8.6",
    "compileSdk = 34 // bumped from 33 in 5.3.0",
    "iOS deployment target >= 15.0, arm64 only",
    "Galaxy A14 5G · Android 13 · 4 GB",
    "Android 10 & 11 both affected, 12+ works",
    "Rooted (Magisk) Pixel 5, LineageOS 21",
    "GrapheneOS on Pixel 8 (sandboxed Play services)",
    "HarmonyOS 4.0 — 华为 Mate 60",
    "Redmi 10C / MIUI Global 14.0.3 / 内存 4GB",
    "Galaxy S10e, One UI 4.1, battery health ~72%",
    "iPhone 11 → iOS 17.3: crashes; iPhone 11 → iOS 16.7: fine",
    "TCL 30 SE, Android 12 (Go edition?)",
    "Sony Xperia 10 V, Android 14, locale ja_JP",
    "Lenovo Tab M10 Plus (3rd Gen) — kids profile",
]
DV_MODEL = ["Pixel 8", "Pixel 6 Pro", "iPhone 13", "iPhone 15", "Galaxy S22", "Galaxy A34", "Redmi Note 11", "iPad mini (6th gen)"]
DV_OS = ["Android 13", "Android 14", "iOS 16.7", "iOS 17.4", "iOS 17.5", "iPadOS 17.4", "Android 12L"]
DV_BUILD = ["5.2.0 (5200)", "5.3.0 (5300)", "5.3.1 (5310)", "5.4.0-beta.2 (5402)"]


def t_device(r):
    return f"{r.choice(DV_MODEL)} / {r.choice(DV_OS)} / app {r.choice(DV_BUILD)} / {r.choice(['wifi', 'cellular', 'offline'])}"


# ---------------------------------------------------------------- sandbox_path
SANDBOX_PATH = [
    "/data/user/0/com.acme.notes/files/drafts/2024-05-14.json",
    "/data/data/com.acme.notes/shared_prefs/com.acme.notes_preferences.xml",
    "/data/user/0/com.acme.notes/databases/notes.db-wal",
    "/storage/emulated/0/Android/data/com.acme.notes/files/Download/export.csv",
    "/storage/emulated/0/DCIM/Camera/PXL_20240514_091233481.jpg",
    "/sdcard/Download/crash_5.3.1.txt",
    "content://com.acme.notes.fileprovider/attachments/IMG_0042.HEIC",
    "content://media/external/images/media/10482",
    "/var/mobile/Containers/Data/Application/7A1C3E5B-2D4F-4A6B-8C9D-0E1F2A3B4C5D/Documents/notes.sqlite",
    "/var/mobile/Containers/Data/Application/7A1C3E5B-2D4F-4A6B-8C9D-0E1F2A3B4C5D/Library/Caches/com.acme.myapp/fsCachedData/",
    "/private/var/containers/Bundle/Application/9F8E7D6C-5B4A-3928-1706-F5E4D3C2B1A0/MyApp.app/MyApp",
    "file:///var/mobile/Containers/Data/Application/7A1C.../tmp/upload-88.mov",
    "~/Library/Developer/CoreSimulator/Devices/1B2C.../data/Containers/Data/Application/5D6E.../Documents",
    "~/Library/Developer/Xcode/DerivedData/MyApp-abcdefg/Build/Products/Debug-iphonesimulator/MyApp.app",
    "~/Library/Logs/DiagnosticReports/MyApp-2024-05-14-091233.ips",
    "Settings > Privacy & Security > Analytics & Improvements > Analytics Data > MyApp-2024-05-14-091233.ips",
    "android/app/src/main/AndroidManifest.xml",
    "android/app/build/outputs/mapping/release/mapping.txt",
    "ios/Pods/Target Support Files/Pods-MyApp/Pods-MyApp.release.xcconfig",
    "lib/screens/home.dart", "src/screens/Cart/CartScreen.tsx",
    "../shared/utils/date.ts (imported from src/screens/Orders/OrderList.tsx)",
    "node_modules/react-native/Libraries/Core/ExceptionsManager.js",
    "build/app/outputs/flutter-apk/app-release.apk",
    "C:\\Users\\maria\\AppData\\Local\\Android\\Sdk\\platform-tools\\adb.exe",
    "C:\\Users\\dev\\Projects\\acme-notes\\android\\app\\build.gradle",
    "%LOCALAPPDATA%\\Android\\Sdk\\emulator",
    "/Users/kim/Library/Application Support/Google/AndroidStudio2023.2/",
    "MyApp.app.dSYM/Contents/Resources/DWARF/MyApp",
    "app/build/intermediates/merged_native_libs/release/out/lib/arm64-v8a/libhermes.so",
    "/data/app/~~Xy3Zp9q==/com.acme.notes-Ab12Cd==/base.apk",
    "/data/tombstones/tombstone_07",
    "/data/anr/anr_2024-05-14-09-12-33-481",
    "Documents/Exports/Notes (May 2024).zip",
    "Files app > On My iPhone > MyApp > Backups > backup_20240514.json",
    "Android/media/com.acme.notes/Recordings/voice memo 3.m4a",
    "Internal storage › Android › data › com.acme.notes › files",
    "$HOME/.gradle/caches/8.6/transforms",
    "$PROJECT_DIR/ios/MyApp/Info.plist",
    "${PODS_ROOT}/Firebase/CoreOnly/Sources",
    "./gradlew :app:assembleRelease --stacktrace",
    "cd ios && pod install && cd ..",
    "/tmp/com.acme.myapp/NSIRD_MyApp_Xy12/upload.part",
    "tmp/ (cleared on every launch, so nothing persists there)",
    "/Library/Preferences/com.acme.myapp.plist",
    "Library/Application Support/MyApp/offline/tiles/12/2140/1360.pbf",
    "/storage/3A1F-12E4/Android/data/com.acme.notes/files (SD card)",
    "App Group: group.com.acme.myapp → /Shared/AppGroup/5F6A.../widget.json",
    "Keychain item: com.acme.myapp.refresh-token (value not shown)",
    "assets/fonts/Inter-Regular.ttf",
    "res/values-de/strings.xml line 88: \"Entwurf gespeichert\"",
    "Pfad: /Dokumente/Rechnungen/2024/Q2/Rechnung_0042.pdf",
]
SP_ROOT = ["/data/user/0/com.acme.notes", "/var/mobile/Containers/Data/Application/7A1C3E5B-2D4F-4A6B-8C9D-0E1F2A3B4C5D",
           "/storage/emulated/0/Android/data/com.acme.notes", "~/Library/Developer/CoreSimulator/Devices/1B2C3D4E/data"]
SP_DIR = ["files", "cache", "Documents", "Library/Caches", "tmp", "databases", "files/attachments"]
SP_FILE = ["draft_12.json", "thumb_88.jpg", "crash.log", "notes.db", "export (1).csv", "voice memo.m4a", "sync-queue.bin"]


def t_path(r):
    return f"{r.choice(SP_ROOT)}/{r.choice(SP_DIR)}/{r.choice(SP_FILE)}"


# ---------------------------------------------------------------- deep_link
DEEP_LINK = [
    "myapp://order/8812",
    "myapp://settings/notifications?from=email",
    "myapp://chat/thread/5521?message=88412&highlight=true",
    "myapp://profile/edit#avatar",
    "myapp://search?q=wireless%20earbuds&sort=price_asc",
    "myapp://promo/SUMMER24?utm_source=newsletter&utm_medium=email&utm_campaign=june",
    "https://acme.app/open/order/8812",
    "https://links.acme.app/r/Xy7Qp2",
    "https://acme.page.link/?link=https://acme.app/invite?code%3DAB12&apn=com.acme.notes&ibi=com.acme.myapp",
    "intent://order/8812#Intent;scheme=myapp;package=com.acme.notes;end",
    "acme-notes://note/3f2a?mode=read",
    "fb1234567890://authorize/#access_token=<redacted>&expires_in=5183999",
    "com.googleusercontent.apps.123-abc:/oauth2redirect?code=<redacted>&state=xyz",
    "myapp://reset-password?token=<token from the email>",
    "The link myapp://order/8812 opens the app but lands on the home tab instead of the order",
    "Universal link https://acme.app/p/sku-1182 opens in Safari, not in the app (apple-app-site-association issue?)",
    "adb shell am start -W -a android.intent.action.VIEW -d \"myapp://order/8812\" com.acme.notes",
    "xcrun simctl openurl booted \"myapp://settings/notifications\"",
    "<a href=\"myapp://order/8812\">Open in app</a> – this is what our email template sends",
    "[Open your order](myapp://order/8812)",
    "https://apps.apple.com/app/id1234567890",
    "https://play.google.com/store/apps/details?id=com.acme.notes&hl=de",
    "market://details?id=com.acme.notes",
    "itms-apps://itunes.apple.com/app/id1234567890?action=write-review",
    "tel:+49-30-1234567", "mailto:support@acme.app?subject=Crash%20on%20launch%20(5.3.1)",
    "sms:+15555550123&body=Track%20my%20order",
    "myapp://share?url=https%3A%2F%2Facme.app%2Fp%2Fsku-1182&title=Look%20at%20this",
    "myapp://callback?status=success&order_id=8812&amount=19.99&currency=EUR",
    "myapp://oauth/callback?code=4/0AbCdEf&scope=email%20profile",
    "https://acme.app/.well-known/assetlinks.json",
    "https://acme.app/.well-known/apple-app-site-association",
    "myapp://",
    "myapp://onboarding?step=3",
    "myapp:///settings (triple slash works, double slash doesn't on Android 12?)",
    "MyApp://Order/8812 — uppercase scheme not matched by our intent filter",
    "myapp://filter?tags=bug,crash,ios&status=open&assignee=me",
    "myapp://reports?from=2024-05-01&to=2024-05-14&version>=5.3.0",
    "exp://192.168.1.23:8081 (Expo Go dev URL from my laptop)",
    "http://10.0.2.2:8081/index.bundle?platform=android&dev=true",
    "https://api.acme.app/v2/orders/8812?include=items,shipping",
    "https://status.acme.app/incidents/2024-05-14",
    "https://support.acme.app/hc/en-us/articles/360012345-Why-does-the-app-crash-on-launch-",
    "https://github.com/acme/notes-android/issues/1482",
    "https://stackoverflow.com/questions/12345678/fragment-not-attached-to-a-context",
    "Deep link param `?ref=` is dropped when the app is cold-started",
    "myapp://wishlist/add?sku=1182&qty=2&note=gift%20for%20mom",
    "myapp://map?lat=52.5200&lon=13.4050&zoom=14",
    "myapp://player?episode=88&t=1h2m30s",
    "myapp://invite/AB12-CD34?inviter=Zo%C3%AB",
    "https://acme.app/invite?code=AB12&lang=ja",
]
DL_PATH = ["order/{n}", "chat/thread/{n}", "note/{n}", "product/sku-{n}", "ticket/{n}", "episode/{n}"]
DL_Q = ["from=push", "from=email&utm_campaign=spring", "tab=details", "ref=widget", "source=qr", "lang=fr", "highlight=true"]


def t_link(r):
    path = r.choice(DL_PATH).format(n=r.randint(100, 99999))
    host = r.choice(["myapp://", "https://acme.app/open/", "acme-notes://"])
    return f"{host}{path}?{r.choice(DL_Q)}"


# ---------------------------------------------------------------- feature_request
FEATURE_REQUEST = [
    "Please add a dark mode schedule (sunset → sunrise)",
    "Would love an option to export notes as Markdown",
    "Feature request: let me drag & drop to reorder playlists",
    "Can you add Apple Watch support? Even just a list of today's tasks would be great.",
    "Please support landscape on iPhone, I use a stand on my desk",
    "It'd be nice to select multiple items and delete them at once instead of one by one",
    "Can we have a 'sort by → last modified' option? Currently only created date & title",
    "Add a widget for the lock screen (iOS 16+) please!",
    "Suggestion: show the file size before I download an attachment > 50 MB",
    "Please allow apostrophes and accents in usernames, e.g. \"Zoë O'Neil\"",
    "Would be great if search supported quotes for exact phrases, like \"drop shipping\"",
    "Could the app remember the last tab I was on instead of always opening Home?",
    "Offline mode for maps, please — hiking without signal is exactly when I need it",
    "Request: a setting to turn off the 'Are you sure?' dialog when archiving",
    "Bitte eine Option, um Benachrichtigungen nachts stummzuschalten (22:00–07:00).",
    "Ce serait bien de pouvoir choisir la taille de police dans l’éditeur.",
    "¿Podrían añadir soporte para pagos con Bizum?",
    "ダークモードの自動切り替えに対応してほしいです。",
    "希望能增加批量导出功能，最好支持 CSV 和 PDF。",
    "Добавьте, пожалуйста, возможность закреплять заметки сверху списка.",
    "Seria ótimo ter um modo de leitura sem distrações.",
    "Please bring back the old swipe-to-archive gesture, the new long-press menu is slower",
    "Tables in notes would be amazing:\n| Item | Qty | Price |\n|------|-----|-------|\n| Milk | 2   | €1.20 |",
    "Markdown support please: **bold**, _italic_, `code`, and - [ ] checklists",
    "Support for {{placeholders}} in message templates, e.g. \"Hi {{first_name}}, your order ships today\"",
    "Let me use variables like ${date} and ${time} in the file name pattern for exports",
    "Could you add a keyboard shortcut (⌘ + K) for search on iPad with a keyboard?",
    "An 'undo' after deleting a note. I accidentally deleted my grocery list twice this week.",
    "Family sharing for the premium plan, please. 2+ accounts in one household is common.",
    "Give us a way to report a crash directly from the app with logs attached (opt-in)",
    "Allow sorting the order history by amount, high → low",
    "Group notifications by conversation instead of one per message",
    "Support for right-to-left layouts; Hebrew text currently aligns left",
    "Add Polish translation — chętnie pomogę przy tłumaczeniu!",
    "Option to choose where downloads go (SD card vs internal storage)",
    "Can the sleep timer fade out over the last minute instead of stopping abruptly?",
    "Please add Face ID / fingerprint lock for the app",
    "Import from Evernote (.enex) would make me switch today",
    "Let the widget show more than 3 items on the large size",
    "Calendar integration: select an event and create a note from it",
    "A 'compact' list view with smaller rows for people with many items (> 500)",
    "Let me choose between km and miles independent of region",
    "Please add a 'Select all' in the trash so I can empty it in one go",
    "Could you expose an API or at least a shortcut action for Siri Shortcuts / Tasker?",
    "Show read receipts (✓✓) optionally, off by default",
    "When pasting a URL, auto-generate a preview card like Slack does",
    "Allow pinning chats; union of pinned + unread at the top would be ideal",
    "Option to keep the screen on while the recipe view is open",
    "Feature: per-folder colour labels (red/amber/green)",
    "Make the app usable with one hand — move the search bar to the bottom like Safari",
    "Backup to my own Nextcloud / WebDAV instead of only Google Drive and iCloud",
    "Support for hardware keyboards on Android tablets: Tab to move between fields, Ctrl+Enter to send",
]
FR_ASK = ["Please add", "Would love", "Could you add", "Feature request:", "It'd be great to have", "Wish list:"]
FR_WHAT = ["a dark theme for the widget", "CSV export of crash stats", "bulk tagging", "a 'mark all as read' button",
           "offline downloads for podcasts", "a darker AMOLED theme", "two-factor login via authenticator app",
           "custom notification sounds"]
FR_WHY = ["— use it daily.", "for work.", "(premium user since 2021)", "so I can stop using two apps.",
          "my whole team asks for it.", "pretty please :)"]


def t_feature(r):
    return f"{r.choice(FR_ASK)} {r.choice(FR_WHAT)} {r.choice(FR_WHY)}"


# ---------------------------------------------------------------- agent_reply
AGENT_REPLY = [
    "Hi Maria, thanks for the report! Could you tell us which app version you're on? You'll find it under Settings > About.",
    "Thanks for reaching out. We've identified the crash and a fix is in 5.3.2, rolling out this week.",
    "Sorry about that! Please try: Settings → Apps → Acme Notes → Storage → Clear cache (not Clear data, that would remove offline notes).",
    "Hello! This is a known issue on Android 14 with Samsung devices. Our engineers are on it; I've added your ticket to the bug.",
    "Could you send us a screen recording? On iPhone: Control Center → Screen Recording. On Android: swipe down twice → Screen record.",
    "To collect logs: Settings > Help > Send diagnostics. It only includes app logs, never your notes' content.",
    "Hi Seán, I've merged your two tickets (#48121 and #48133) so we can keep everything in one place.",
    "Unfortunately we can't restore deleted items after 30 days. I'm really sorry.",
    "Thanks for the suggestion! I've passed it on to our product team; no promises on timing, but they do read every request.",
    "Would you mind updating to 5.3.1 and letting us know if it still happens? 🙏",
    "We weren't able to reproduce this on a Pixel 7 with Android 14. Do you use any battery saver or 'app optimisation' setting?",
    "Please don't share your password with us — we will never ask for it.",
    "Closing this ticket since we haven't heard back in 14 days. Just reply to reopen it!",
    "Hallo Herr Müller, vielen Dank für Ihre Nachricht. Das Problem ist mit Version 5.3.2 behoben.",
    "Bonjour Chloé, merci pour votre retour ! Pouvez-vous nous indiquer le modèle de votre téléphone ?",
    "Hola Javier, gracias por escribirnos. Ya estamos trabajando en una solución.",
    "田中様、ご連絡ありがとうございます。次回のアップデートで修正予定です。",
    "您好，感谢您的反馈。请问您使用的是哪个版本的应用？",
    "Здравствуйте! Спасибо за обращение. Попробуйте, пожалуйста, переустановить приложение.",
    "Olá! Obrigado pelo contato. Você poderia nos enviar uma captura de tela do erro?",
    "Internal note: crash matches CRASH-2211 (NPE in EditorFragment). Linked. Customer on 5.2.0 — asked to update.",
    "Internal: user is on a rooted device, Play Integrity fails → expected behaviour, replied with FAQ link.",
    "Macro used: \"Clear cache steps (Android)\" — edited to add Samsung-specific path",
    "Escalated to L2 -- reproducible on iPad only, iPadOS 17.4, split view.",
    "Note for QA: steps are in the ticket; select 'Landscape' then drop the file onto the editor.",
    "@kim can you check the Crashlytics issue 6f1e9c2a? Looks like it spiked after the 5.3.0 rollout (≈ 2.1% of sessions).",
    "Hi Aoife, the refund has been processed and should appear within 5–10 business days.",
    "Thanks! The 'Union' team issue is fixed on our side, please pull to refresh the league list.",
    "Just to confirm: you're seeing the error \"Something went wrong (code 502)\" when uploading, right?",
    "You can turn that off under Settings → Notifications → Marketing. Sorry for the noise!",
    "That's by design, but I agree it's confusing. I've logged it as feedback.",
    "Hi there — it looks like your subscription was bought via Google Play, so the refund has to go through Google: https://support.google.com/googleplay/answer/2479637",
    "We've sent a password reset link to j***@gmail.com. It expires in 1 hour.",
    "If the app still won't open, try this: hold the icon → App info → Force stop → Open again.",
    "Great catch, thank you! Our devs confirmed the typo in the German translation („Entwurf“, not „Entwruf“).",
    "Hi! Family sharing isn't available yet, but it's on our roadmap for later this year.",
    "For iOS: please go to Settings > Privacy & Security > Analytics & Improvements > Analytics Data, find files starting with MyApp and share them with us.",
    "Apologies for the slow reply, we had a higher than usual volume after yesterday's outage.",
    "I've escalated this to our engineering team with priority P1. You'll hear from me by Friday.",
    "Tip: if you paste a long stack trace, please use the attachment button instead — the text box cuts at 5,000 characters.",
    "Yes, you can use <angle brackets> in note titles now; the fix shipped in 5.3.1.",
    "Our status page (https://status.acme.app) shows no incident right now. Is it still happening?",
    "Could you check if 'Background App Refresh' is enabled for the app? Settings > General > Background App Refresh.",
    "Merci beaucoup pour votre patience ! La mise à jour 5.3.2 est disponible sur l’App Store.",
    "Hi Dmitri, to export your data go to Settings → Account → Download my data. You'll get an email with a .zip.",
    "Reply to internal: can't repro on 5.3.1; customer's log shows ANR in SyncService — forwarding to android team.",
    "The beta is full right now, but I've added you to the waitlist for TestFlight.",
    "Hi Ngozi, thanks for the kind words! ❤️ We'll share this with the team.",
    "I'm sorry, we don't support Android 7 and below anymore (minimum is Android 7.0, API 24 — wait, that's you; let me double-check).",
    "Thanks for the detailed steps, that made it easy to reproduce. Bug filed as MOB-4412.",
    "Regards,\nPriya | Acme Support\nsupport@acme.app",
]
AR_HI = ["Hi {n},", "Hello {n},", "Hey {n}!", "Dear {n},", "Hi {n} —"]
AR_NAME = ["Liam", "Sofía", "Mei", "Oluwaseun", "Jürgen", "Aoife", "Raj", "Hana", "D'Angelo", "Zoë"]
AR_BODY = ["thanks for the report, we're looking into it.", "the fix is live in 5.3.2, please update.",
           "could you send a screenshot of the error?", "I've forwarded this to our Android team.",
           "this should be resolved now — let us know if not.", "we've credited your account for the trouble."]
AR_SIGN = ["Best, Tom", "Cheers, Priya (Acme Support)", "— Lena", "Thanks, the Acme team"]


def t_agent(r):
    return f"{r.choice(AR_HI).format(n=r.choice(AR_NAME))} {r.choice(AR_BODY)} {r.choice(AR_SIGN)}"


# ---------------------------------------------------------------- release_notes
RELEASE_NOTES = [
    "What's new in 5.3.2:\n• Fixed a crash when opening the camera on some Samsung devices\n• Improved sync reliability on slow networks",
    "Bug fixes and performance improvements.",
    "5.3.1 — Hotfix: the app no longer crashes on launch for users with more than 1,000 notes.",
    "## 5.4.0\n### Added\n- Lock screen widgets (iOS 16+)\n- Markdown export\n### Fixed\n- Duplicate push notifications",
    "## Changelog\n- fix(android): guard against null context in EditorFragment (#1482)\n- chore(deps): bump react-native 0.73.5 -> 0.73.6",
    "feat(search): support quoted phrases, e.g. \"union square\"",
    "fix(ios): prevent EXC_BAD_ACCESS when dismissing the player during rotation",
    "refactor: drop legacy SQLite migration path for schema < v12",
    "perf: lazy-load thumbnails; startup time down from ~2.4s to ~1.1s on mid-range Android",
    "Neu in 5.3.2: Absturz beim Öffnen der Kamera behoben. Synchronisierung verbessert.",
    "Nouveautés : widgets sur l’écran verrouillé, export Markdown, et corrections de bugs.",
    "Novedades: modo oscuro programado y correcciones de errores.",
    "新機能：ロック画面ウィジェットに対応しました。不具合を修正しました。",
    "本次更新：修复了部分设备上打开相机时闪退的问题。",
    "Что нового: исправлен вылет при загрузке фото профиля.",
    "Draft v2 — @marketing please review tone. Keep under 170 chars for Play Store 'What's new'.",
    "Release checklist:\n- [x] bump versionCode to 5320\n- [x] update CHANGELOG.md\n- [ ] upload mapping.txt & dSYMs\n- [ ] staged rollout 10% → 50% → 100%",
    "Rollout: 5.3.2 at 20% on Play, phased release on App Store (day 3 of 7). Crash-free users: 99.71% (was 98.9%).",
    "Known issues: on Android 10 the share sheet may show the app twice. Workaround: restart the phone.",
    "Removed: the old 'Classic' theme. Sorry, classic fans — it was holding back dark mode.",
    "We select a random 5% of users for the new editor; you can opt in under Settings → Labs.",
    "Heads-up: starting with 5.5 we'll drop support for iOS 14 and Android 7 (API 24–25).",
    "| Version | Date | Crash-free |\n|---|---|---|\n| 5.3.0 | 2024-05-02 | 98.9% |\n| 5.3.1 | 2024-05-07 | 99.4% |\n| 5.3.2 | 2024-05-14 | 99.7% |",
    "Thanks to everyone who sent feedback — especially the 312 of you who reported the launch crash 💙",
    "Internal notes: do NOT mention the union-contract dispute in store copy; keep it to product changes.",
    "Fixed: items could be dropped from the cart when switching accounts.",
    "Fixed: 'Sort by price' ignored the currency; € and $ prices are now compared after conversion.",
    "Fixed an issue where notes containing <, > or & displayed as &lt;, &gt; and &amp; in the widget.",
    "Improved: order by date now respects your time zone.",
    "Sleep timer now fades out over 10 s instead of stopping abruptly.",
    "You can now paste file paths like ../Downloads/report.pdf into the attachment field and we'll resolve them.",
    "The `--verbose` flag in our support CLI now prints device model & OS (internal tooling).",
    "v5.4.0-beta.2 (TestFlight build 845): new onboarding, please try deep links like myapp://onboarding?step=3",
    "Tiny update: typo fixes in German and Polish translations. Dziękujemy za zgłoszenia!",
    "Accessibility: all icon buttons now have labels for VoiceOver & TalkBack.",
    "Security: refresh tokens are now stored in the Keychain / EncryptedSharedPreferences.",
    "Privacy: crash reports no longer include the device name (e.g. \"Maria's iPhone\").",
    "Min OS is now iOS 15.0 / Android 8.0 (API 26).",
    "Hotfix 5.3.1 (build 5310) → production, 100%. Reverted the OkHttp bump that caused SSLHandshakeException on Android 7.",
    "Tip of the release: long-press a note → Select → drag to reorder.",
    "🎉 5.4 is here! Lock screen widgets, Markdown export, and a faster search.",
    "We heard you: 'Select all' is back in the trash view.",
    "Fixed crash in Flutter module: 'Null check operator used on a null value' on the profile screen.",
    "RN 0.73 upgrade: Hermes is now the default engine on iOS too. If you see weird date parsing, please report it.",
    "Data migration: notes.db schema v14 → v15 adds an index on (folder_id, updated_at).",
    "Store copy (EN, 4000 chars max) — see doc; short text: \"Faster. Fewer crashes. Widgets.\"",
    "A/B test 'paywall_v3' ends on 2024-06-01; results → #growth",
    "Patch notes for support: if users on 5.3.0 still crash, ask them to update; 5.3.2 includes the fix for CRASH-2211.",
    "Fixed: app sometimes showed 'null' as the sender's name in notifications.",
    "Fixed: links with & or # in query strings were cut off when shared.",
]
RN_KIND = ["Fixed", "Improved", "New", "Changed"]
RN_WHAT = ["crash when rotating during video playback", "sync of large attachments", "dark mode contrast in order history",
           "deep link handling for myapp://order links", "startup time on older devices", "search with accented characters",
           "VoiceOver labels on the player", "battery usage in background"]
RN_WHERE = ["(Android)", "(iOS)", "(iPad)", "(all platforms)", ""]


def t_release(r):
    return f"{r.choice(RN_KIND)}: {r.choice(RN_WHAT)} {r.choice(RN_WHERE)}".rstrip()


# ---------------------------------------------------------------- inbox_search
INBOX_SEARCH = [
    "crash", "ANR", "NullPointerException", "EXC_BAD_ACCESS", "SIGABRT", "login loop",
    "status:open platform:android version:5.3.1",
    "tag:crash -tag:duplicate",
    "assignee:me is:unread",
    "\"not attached to a context\"",
    "version >= 5.3.0 AND os = \"Android 14\"",
    "device:\"Pixel 7\" OR device:\"Pixel 7a\"",
    "created:2024-05-01..2024-05-14",
    "sort by: newest → oldest",
    "order by priority desc",
    "select all from this week",
    "drop shipping",
    "union pay failed",
    "sleep timer",
    "dark mode -widget",
    "sentiment:negative rating:<3",
    "rating:>=4 lang:de",
    "from:*@acme.app",
    "subject:refund",
    "myapp://order",
    "Samsung && Android 14",
    "camera | photo | picker",
    "crash; android; camera",
    "O'Brien",
    "Zoë O’Neil",
    "D'Angelo",
    "Müller",
    "闪退", "落ちる", "вылетает", "se cierra", "stürzt ab",
    "#1482",
    "CRASH-2211",
    "MOB-4412",
    "$4.99 charge twice",
    "price $0.00",
    "100% cpu",
    "~/Library/Logs",
    "../Downloads",
    "<unknown>",
    "{{first_name}}",
    "${date}",
    "`adb logcat`",
    "-- internal only --",
    "c++ exception",
    "C# / Xamarin",
    "Saved view: \"iOS crashes, last 7 days, not assigned\"",
    "Filter name: P1 – Android – 5.3.x",
    "Auto-tag rule: if body contains \"OutOfMemoryError\" then tag oom",
    "Macro title: Refund (Google Play) – EN/DE",
    "Signature: — Acme Support | Mon–Fri 9:00–18:00 CET",
]
IS_KEY = ["tag", "status", "platform", "version", "device", "lang", "assignee", "priority"]
IS_VAL = ["crash", "open", "ios", "android", "5.3.2", "pixel", "de", "me", "p1", "feature-request"]
IS_FREE = ["camera", "login", "sync", "widget", "dark mode", "refund", "battery", "notification"]


def t_search(r):
    return f"{r.choice(IS_KEY)}:{r.choice(IS_VAL)} {r.choice(IS_FREE)}"


CATEGORIES = [
    ("bug_report", BUG_REPORT, t_bug),
    ("stack_trace", STACK_TRACE, t_stack),
    ("console_log", CONSOLE_LOG, t_console),
    ("device_env", DEVICE_ENV, t_device),
    ("sandbox_path", SANDBOX_PATH, t_path),
    ("deep_link", DEEP_LINK, t_link),
    ("feature_request", FEATURE_REQUEST, t_feature),
    ("agent_reply", AGENT_REPLY, t_agent),
    ("release_notes", RELEASE_NOTES, t_release),
    ("inbox_search", INBOX_SEARCH, t_search),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for name, lits, tmpl in CATEGORIES:
        assert len(lits) >= 50, (name, len(lits))
        assert len(lits) <= PER_CAT, (name, len(lits))
        vals = []
        for v in lits:
            assert v and v not in seen, (name, v)
            seen.add(v)
            vals.append(v)
        while len(vals) < PER_CAT:
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            rows.append((name, v))
    out = []
    for i, (name, v) in enumerate(rows, 1):
        out.append(json.dumps({"id": f"{PREFIX}-{i:05d}", "category": name, "label": "benign", "value": v},
                              ensure_ascii=False))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = build()
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} benign values")


if __name__ == "__main__":
    main()
