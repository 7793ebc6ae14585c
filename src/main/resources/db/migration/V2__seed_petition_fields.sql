-- Reference data: the petition fields (lĩnh vực) of domain.md 2.2.
-- Fixed UUIDs so that every office starts from the same ids and merged packages line up.
INSERT INTO petition_field (id, name, name_search, sort_order, active, created_at, updated_at) VALUES
    ('00000000-0000-4000-8000-000000000001', 'Đất đai', 'dat dai', 10, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000002', 'Bồi thường, giải phóng mặt bằng, tái định cư', 'boi thuong, giai phong mat bang, tai dinh cu', 20, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000003', 'Nhà ở, xây dựng', 'nha o, xay dung', 30, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000004', 'Môi trường', 'moi truong', 40, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000005', 'Chế độ chính sách', 'che do chinh sach', 50, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000006', 'An sinh xã hội', 'an sinh xa hoi', 60, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000007', 'Thủ tục hành chính', 'thu tuc hanh chinh', 70, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000008', 'Hạ tầng, giao thông, thủy lợi', 'ha tang, giao thong, thuy loi', 80, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000009', 'Tư pháp', 'tu phap', 90, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000010', 'An ninh, trật tự', 'an ninh, trat tu', 100, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000011', 'Cán bộ, công chức', 'can bo, cong chuc', 110, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000012', 'Tôn giáo', 'ton giao', 120, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000013', 'Dân tộc', 'dan toc', 130, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-000000000014', 'Khác', 'khac', 140, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
