#!/usr/bin/env python3
"""Writes a list of N petitions in the monthly list's CSV format (UTF-8 with BOM, as `export` writes it), for the
import benchmark: realistic names, 12-digit ID numbers (a third of the people file several petitions), the demo's
villages and units, every kind, channel, field and status, codes of the app's form (or none, with --no-codes).
Usage: make-list.py N OUT.csv [--seed S] [--no-codes] [--prefix YEAR_OFFSET]"""
import csv, random, sys, datetime

n, out = int(sys.argv[1]), sys.argv[2]
seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else 1
codes = '--no-codes' not in sys.argv
rnd = random.Random(seed)
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Đức", "Minh", "Hữu", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh",
         "Hoa", "Hương", "Lan", "Mai", "Nga", "Phương"]
VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Thượng", "Thôn Hạ", "Thôn Trung Hòa",
            "Thôn Yên Bình", "Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố Tân Tiến"]
UNITS = ["Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Công an xã",
         "Ủy ban MTTQ Việt Nam xã"]
STREETS = ["Đường Lê Lợi", "Đường Trần Phú", "Ngõ 3", "Xóm Giữa", "Xóm Ao", "Xóm Chùa"]
CHANNELS = ["Tại buổi đối thoại", "Tiếp công dân trực tiếp", "Qua bưu chính", "Lãnh đạo giao",
            "Cơ quan khác chuyển đến", "Báo chí", "Thư điện tử / cổng trực tuyến", "Khác"]
KINDS = [("Khiếu nại", "KN"), ("Tố cáo", "TC"), ("Kiến nghị", "KNG"), ("Phản ánh", "PA"),
         ("Hỏi chính sách", "HCS")]
FIELDS = ["Đất đai", "Bồi thường, giải phóng mặt bằng, tái định cư", "Nhà ở, xây dựng", "Môi trường",
          "Chế độ chính sách", "An sinh xã hội", "Thủ tục hành chính", "Hạ tầng, giao thông, thủy lợi", "Tư pháp",
          "An ninh, trật tự", "Cán bộ, công chức", "Tôn giáo", "Dân tộc", "Khác"]
OPEN = ["Mới tiếp nhận", "Đang xử lý", "Thụ lý", "Đang giải quyết"]
SUMMARIES = ["Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số {1} tại {0}",
             "Kiến nghị xem xét lại mức bồi thường khi thu hồi {1} m² đất nông nghiệp tại {0}",
             "Phản ánh công trình xây dựng không phép tại {0}", "Phản ánh cơ sở chăn nuôi gây ô nhiễm tại {0}",
             "Đề nghị giải quyết chế độ cho người có công ở {0}", "Kiến nghị sửa chữa đường liên thôn qua {0}",
             "Phản ánh tình trạng mất trật tự về đêm tại {0}", "Đề nghị xét hộ nghèo năm {1} cho gia đình ở {0}"]
people = [(f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}", f"0{rnd.randrange(10**10, 10**11)}")
          for _ in range(n * 2 // 3)]
seq = {}
start = datetime.date(2016, 12, 1)
span = (datetime.date(2026, 11, 20) - start).days
rows = []
for i in range(n):
    received = start + datetime.timedelta(days=span * i // n)
    kind, prefix = KINDS[rnd.randrange(5)]
    seq[(prefix, received.year)] = seq.get((prefix, received.year), 0) + 1
    code = f"{prefix}-{received.year}-{seq[(prefix, received.year)]:05d}" if codes else ""
    name, idn = rnd.choice(people)
    village = rnd.choice(VILLAGES)
    age = (datetime.date(2026, 11, 20) - received).days
    status = rnd.choice(OPEN) if age < 60 or rnd.random() < 0.03 else rnd.choice(
        ["Đã giải quyết", "Đã thông báo kết quả", "Hướng dẫn", "Lưu đơn", "Rút đơn"])
    resolved = (received + datetime.timedelta(days=rnd.randrange(5, 45)))
    closed = status in ("Đã giải quyết", "Đã thông báo kết quả")
    masked = prefix == "TC" or rnd.random() < 0.02
    anonymous = not masked and rnd.random() < 0.02
    rows.append([i + 1, code, received.strftime("%d/%m/%Y"),
                 "(bảo mật)" if masked else "Nặc danh" if anonymous else name,
                 "(bảo mật)" if masked else "" if anonymous else idn, village,
                 "(bảo mật)" if masked else "" if anonymous else f"{rnd.choice(STREETS)}, {village}",
                 1 if rnd.random() < 0.9 else rnd.randrange(2, 40), rnd.choice(CHANNELS), kind, rnd.choice(FIELDS),
                 rnd.choice(SUMMARIES).format(village, rnd.randrange(10, 900)),
                 "Thụ lý" if status in ("Thụ lý", "Đang giải quyết") or closed else "",
                 rnd.choice(UNITS), "", status, resolved.strftime("%d/%m/%Y") if closed else "",
                 "Đã trả lời bằng văn bản cho công dân" if closed else "", ""])
with open(out, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["STT", "Mã đơn", "Ngày tiếp nhận", "Người gửi", "Số định danh", "Thôn, tổ dân phố", "Địa chỉ",
                "Số người", "Nguồn tiếp nhận", "Loại đơn", "Lĩnh vực", "Nội dung tóm tắt", "Hướng xử lý",
                "Đơn vị xử lý", "Hạn giải quyết", "Trạng thái", "Ngày giải quyết", "Kết quả", "Ghi chú"])
    w.writerows(rows)
